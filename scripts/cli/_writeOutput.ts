// Node only: the one way the CLI writes an output file (--out, --csv, --report …). The bytes go to a temporary file in
// the output's own folder, which is renamed over the output only when everything is written: a failure halfway (a full
// disk, a bug, Ctrl-C) never leaves a 0-byte or half file and never clobbers the file that was there (a temporary file
// left by a killed run is removed by the next run writing the same output). Anything the
// user can fix (a missing folder, a folder given as the file, no permission, a full disk) is a UserError (exit 2).
// An output that is not a regular file (/dev/stdout, a pipe) is written directly: there is nothing to rename over.
import { closeSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../src/domain/model/userError.ts';
import { msg } from '../../src/i18n/message.ts';

/** The writer's handle: `write` as often as needed; everything is in the output once writeOutput returns. */
export interface OutputSink {
  write(data: string | Uint8Array): void;
}

/** Byte parts gathered and written to a sink 4 MB at a time (fewer system calls than one per feature). */
export class Pieces {
  private parts: Uint8Array[] = [];
  private bytes = 0;
  constructor(private readonly sink: OutputSink) {}
  add(part: Uint8Array): void {
    this.parts.push(part);
    this.bytes += part.length;
    if (this.bytes >= 1 << 22) this.flush();
  }
  flush(): void {
    if (this.parts.length) this.sink.write(Buffer.concat(this.parts));
    this.parts = [];
    this.bytes = 0;
  }
}

/** A failed write as the message the user can act on. */
export function outputError(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UserError(msg('cli.out-folder-missing', { path, folder: dirname(path) }));
  if (code === 'EISDIR') return new UserError(msg('cli.out-is-folder', { path }));
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new UserError(msg('cli.out-no-permission', { path }));
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return new UserError(msg('cli.out-disk-full', { path }));
  const why = error instanceof Error ? error.message : String(error);
  return new UserError(msg('cli.out-write-failed', { path, why }));
}

function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  // writeSync may write fewer bytes than given (a pipe, a signal): write until all are out.
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}

/** What is at `path` now: nothing, a regular file, a folder, or something else (a device, a pipe). */
function kindOf(path: string): 'none' | 'file' | 'folder' | 'special' {
  try {
    const s = statSync(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'folder' : 'special';
  } catch {
    return 'none';
  }
}

/**
 * Says now, before a long run, what writeOutput would say at the end: the folder is missing, or the path is a folder.
 * (A full disk can only be found by writing.)
 */
export function checkOutputPath(path: string): void {
  if (kindOf(path) === 'folder') throw new UserError(msg('cli.out-is-folder', { path }));
  const folder = kindOf(dirname(path));
  if (folder !== 'folder') throw new UserError(msg('cli.out-folder-missing', { path, folder: dirname(path) }));
}

/** GIS formats a user may ask for that the CLI does not write (it would otherwise write GeoJSON under their name). */
const UNWRITTEN_GIS_FORMATS = /\.(shp|shx|dbf|prj|kml|kmz|gpkg|gml|csv|xlsx?|zip|tab|mif|dxf|dwg|gdb|sqlite)$/i;

/** A features output (score, import): .geojson/.json, .fgb or .parquet, or any other name (GeoJSON) but a GIS format it is not. */
export function checkFeatureOutputPath(path: string): void {
  if (UNWRITTEN_GIS_FORMATS.test(path)) {
    throw new UserError(msg('cli.output-format-unsupported', { path, formats: '.geojson / .json (GeoJSON), .fgb (FlatGeobuf), .parquet (GeoParquet)' }));
  }
  checkOutputPath(path);
}

/**
 * Temporary files of earlier runs for this output whose process is gone (killed by Ctrl-C or a crash before it could
 * clean up: Node's default signal handling exits at once, and a handler would delay Ctrl-C until a long synchronous
 * write ends), removed before writing again: at cadastre scale each can be hundreds of MB.
 */
function removeStaleTemporaries(path: string): void {
  const name = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\.${name}\\.(\\d+)\\.[0-9a-z]+\\.tmp$`);
  let entries: string[];
  try {
    entries = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    unlinkQuietly(join(dirname(path), entry));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An output being written: `sink` takes the bytes, then `commit` (renamed into place) or `abort` (nothing left). */
function openOutput(path: string): { sink: OutputSink; commit(): void; abort(): void } {
  const kind = kindOf(path);
  if (kind === 'folder') throw new UserError(msg('cli.out-is-folder', { path }));
  const direct = kind === 'special';
  if (!direct) removeStaleTemporaries(path);
  const target = direct ? path : join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number;
  try {
    fd = openSync(target, direct ? 'w' : 'wx');
  } catch (error) {
    throw outputError(path, error);
  }
  const sink: OutputSink = {
    write: (data) => {
      try {
        writeAll(fd, data);
      } catch (error) {
        throw outputError(path, error);
      }
    },
  };
  return {
    sink,
    commit() {
      try {
        closeSync(fd);
      } catch (error) {
        // A network or full disk may report the failure only on close.
        if (!direct) unlinkQuietly(target);
        throw outputError(path, error);
      }
      if (direct) return;
      try {
        renameSync(target, path);
      } catch (error) {
        unlinkQuietly(target);
        throw outputError(path, error);
      }
    },
    abort() {
      try {
        closeSync(fd);
      } catch {
        // the failure that brought us here is the one to report
      }
      if (!direct) unlinkQuietly(target);
    },
  };
}

/** Writes an output through `fill`, all or nothing (see the file comment). Errors of `fill` itself pass through. */
export function writeOutput(path: string, fill: (sink: OutputSink) => void): void {
  const output = openOutput(path);
  try {
    fill(output.sink);
  } catch (error) {
    output.abort();
    throw error;
  }
  output.commit();
}

/** writeOutput for a `fill` that awaits (an input read again a row group at a time). */
export async function writeOutputAsync(path: string, fill: (sink: OutputSink) => Promise<void>): Promise<void> {
  const output = openOutput(path);
  try {
    await fill(output.sink);
  } catch (error) {
    output.abort();
    throw error;
  }
  output.commit();
}

/** A whole output at once (a report, a CSV, a zip). */
export function writeOutputFile(path: string, data: string | Uint8Array): void {
  writeOutput(path, (sink) => sink.write(data));
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
