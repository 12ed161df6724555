// Which two CSV columns hold the coordinates, from their names first (Vietnamese and English) and
// their value ranges second. Vietnamese surveying names X the NORTHING and Y the easting; whether a
// file follows that convention is decided from the numbers, never from the names alone.
import { msg, type Message } from '../../i18n/message.ts';

export interface CsvColumnStats {
  name: string;
  /** Cells that parse as numbers / non-empty cells. */
  numericCount: number;
  filledCount: number;
  min: number;
  max: number;
}

export interface CsvColumnGuess {
  xColumn: string;
  yColumn: string;
  /** How the names were matched: a user reading the import report sees this. */
  reason: Message;
}

/** Folds a header to ascii lowercase letters and digits: "Tọa độ X (m)" → "toadoxm". */
export function foldCsvHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const LON = /^(lon|lng|long|longitude|kinhdo|kinhdodd|kd|x?lon(gitude)?(wgs84|dd)?)$|kinhdo/;
const LAT = /^(lat|latitude|vido|vd|lat(itude)?(wgs84|dd)?)$|vido/;
const X = /^(x|xm|coordx|xcoord|tdx|caox|x2000|xvn2000|toadox\w*|toadovn2000x|x_?toado)$/;
const Y = /^(y|ym|coordy|ycoord|tdy|y2000|yvn2000|toadoy\w*|toadovn2000y|y_?toado)$/;
const E = /^(e|em|east|easting|dong|toadodong|tddong|eastingm)$/;
const N = /^(n|nm|north|northing|bac|toadobac|tdbac|northingm)$/;
const ID_LIKE = /^(stt|id|fid|objectid|so|sohieu|sohieumoc|ma|mamoc|tt|sott|diem|tendiem|ten|name|no)$/;

export function guessCsvCoordinateColumns(stats: CsvColumnStats[]): CsvColumnGuess | null {
  const numeric = stats.filter((s) => s.filledCount > 0 && s.numericCount / s.filledCount >= 0.5);
  const find = (re: RegExp) => numeric.find((s) => re.test(foldCsvHeader(s.name)));

  const lon = find(LON);
  const lat = find(LAT);
  if (lon && lat)
    return {
      xColumn: lon.name,
      yColumn: lat.name,
      reason: msg('csv-guess.lon-lat', { x: lon.name, y: lat.name }),
    };
  const e = find(E);
  const n = find(N);
  if (e && n && e !== n)
    return {
      xColumn: e.name,
      yColumn: n.name,
      reason: msg('csv-guess.easting-northing', { x: e.name, y: n.name }),
    };
  const x = find(X);
  const y = find(Y);
  if (x && y && x !== y)
    return {
      xColumn: x.name,
      yColumn: y.name,
      reason: msg('csv-guess.x-y', { x: x.name, y: y.name }),
    };
  const rest = numeric.filter((s) => !ID_LIKE.test(foldCsvHeader(s.name)) && s.max - s.min >= 0);
  if (rest.length >= 2)
    return {
      xColumn: rest[0].name,
      yColumn: rest[1].name,
      reason: msg('csv-guess.first-numeric', { x: rest[0].name, y: rest[1].name }),
    };
  return null;
}
