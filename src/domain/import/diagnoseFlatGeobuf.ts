// Why the `flatgeobuf` package could not read a file, said as a FlatGeobufProblem: its own errors are JavaScript's
// (e.g. "Invalid typed array length: 10" for a file cut short), so the file is read again with our own packer, which
// names the feature and the cause (cut short, damaged, fewer features than announced …); only when it finds
// nothing wrong is the package's English text kept, as a technical detail.
import { isUserError } from '../model/userError.ts';
import type { FlatGeobufProblem } from './importNote.ts';
import { packFlatGeobuf } from './packFlatGeobuf.ts';
import type { ByteSource } from './readFlatGeobufHeader.ts';

export function diagnoseFlatGeobuf(source: ByteSource, fileName: string, libraryError: unknown, featureIndex: number): FlatGeobufProblem {
  try {
    packFlatGeobuf(source, { fileName });
  } catch (error) {
    const m = isUserError(error) ? error.userMessage : null;
    if (m?.code === 'import.flatgeobuf-invalid') {
      const { file: _file, ...problem } = m.params;
      return problem as FlatGeobufProblem;
    }
  }
  return { problem: 'library', detail: libraryError instanceof Error ? libraryError.message : String(libraryError), featureIndex };
}
