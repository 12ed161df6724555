// The words of every import note, one catalogue per language, keyed by code (the codes and their parameters are in
// importNote.ts). Pure: the readers, the UI's import report and the CLI's `import` command all render from here.
import type { LocalText } from '../model/layerRoles.ts';
import type { CsvDelimiter } from './detectCsvDelimiter.ts';
import type { GeometryProblem, ImportNoteCode, ImportNoteParams, ZipProblem } from './importNote.ts';
import type { ImportNote } from './importTypes.ts';

type Language = keyof LocalText;
type Catalogue = { [C in ImportNoteCode]: (p: ImportNoteParams[C]) => string };

const round = Math.round;
const near = (p: [number, number] | null, word: string) => (p ? ` ${word} (${p[0].toFixed(6)}, ${p[1].toFixed(6)})` : '');
const failedVi = (failed: number) => (failed ? `; ${failed} điểm không chuyển được` : '');

const ZIP_VI: { [P in ZipProblem['problem']]: (p: ZipProblem & { problem: P }) => string } = {
  'no-end-record': () => 'không tìm thấy mục lục cuối tệp',
  'directory-outside': () => 'mục lục trỏ ra ngoài tệp',
  'directory-damaged': () => 'mục lục hỏng',
  'entry-header-damaged': (p) => `phần đầu của "${p.entry}" hỏng`,
  'entry-truncated': (p) => `"${p.entry}" bị cắt cụt`,
  'entry-method': (p) => `"${p.entry}" dùng kiểu nén ${p.method} không hỗ trợ`,
  'entry-not-inflated': (p) => `không giải nén được "${p.entry}"`,
  'entry-size': (p) => `"${p.entry}" giải nén ra ${p.producedBytes} byte thay vì ${p.declaredBytes}`,
  'zip64': () => 'tệp nén dạng ZIP64 (trên 4 GB)',
  'entry-ratio': (p) => `"${p.entry}" nén với tỷ lệ ${p.ratio}:1`,
  'total-size': (p) => `dung lượng sau giải nén ${p.totalMb} vượt giới hạn ${p.limitMb}`,
  'entry-inflates-past-size': (p) => `"${p.entry}" giải nén ra nhiều hơn kích thước khai báo`,
};
const ZIP_EN: typeof ZIP_VI = {
  'no-end-record': () => 'no end-of-central-directory record',
  'directory-outside': () => 'central directory points outside the file',
  'directory-damaged': () => 'damaged central directory',
  'entry-header-damaged': (p) => `the local header of "${p.entry}" is damaged`,
  'entry-truncated': (p) => `"${p.entry}" is truncated`,
  'entry-method': (p) => `"${p.entry}" uses unsupported compression method ${p.method}`,
  'entry-not-inflated': (p) => `"${p.entry}" cannot be inflated`,
  'entry-size': (p) => `"${p.entry}" inflated to ${p.producedBytes} bytes instead of ${p.declaredBytes}`,
  'zip64': () => 'a ZIP64 entry (over 4 GB)',
  'entry-ratio': (p) => `"${p.entry}" has a compression ratio of ${p.ratio}:1`,
  'total-size': (p) => `uncompressed size ${p.totalMb} exceeds the limit of ${p.limitMb}`,
  'entry-inflates-past-size': (p) => `"${p.entry}" inflates to more than its declared size`,
};
const zipText = (table: typeof ZIP_VI, p: ZipProblem) => (table[p.problem] as (p: ZipProblem) => string)(p);

const GEOMETRY_VI: { [P in GeometryProblem['problem']]: (p: GeometryProblem & { problem: P }) => string } = {
  'not-a-pair': () => 'tọa độ không phải cặp số [kinh độ, vĩ độ].',
  'bad-coordinate-list': () => 'danh sách tọa độ không hợp lệ.',
  'bad-line-coordinates': () => 'tọa độ đường không hợp lệ.',
  'bad-polygon-coordinates': () => 'tọa độ vùng không hợp lệ.',
  'line-too-short': (p) => `đường chỉ có ${p.points} điểm phân biệt (cần ít nhất 2).`,
  'unknown-type': (p) => `kiểu hình học "${p.type}" không hợp lệ.`,
  'structure': (p) => `hình học không hợp lệ: ${p.details.join('; ')}.`,
};
const GEOMETRY_EN: typeof GEOMETRY_VI = {
  'not-a-pair': () => 'a coordinate is not a [longitude, latitude] pair.',
  'bad-coordinate-list': () => 'the coordinate list is invalid.',
  'bad-line-coordinates': () => 'invalid line coordinates.',
  'bad-polygon-coordinates': () => 'invalid polygon coordinates.',
  'line-too-short': (p) => `the line has only ${p.points} distinct point(s) (2 needed).`,
  'unknown-type': (p) => `unknown geometry type "${p.type}".`,
  'structure': (p) => `invalid geometry: ${p.details.join('; ')}.`,
};
const geometryText = (table: typeof GEOMETRY_VI, p: GeometryProblem) => (table[p.problem] as (p: GeometryProblem) => string)(p);

const DELIMITER_VI: Record<CsvDelimiter, string> = { ',': 'dấu phẩy', ';': 'dấu chấm phẩy', '\t': 'tab', '|': 'dấu |' };
const DELIMITER_EN: Record<CsvDelimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

const VI: Catalogue = {
  'file-unsupported': (p) => `${p.file}: định dạng .${p.ext} không được hỗ trợ — bỏ qua.`,
  'file-unreadable': (p) => p.text.vi,
  'file-empty': () => 'Không có tệp dữ liệu nào để nhập (GeoJSON, Shapefile, KML/KMZ, CSV).',
  'json-invalid': (p) =>
    p.at
      ? `Tệp ${p.file} không phải JSON hợp lệ: lỗi ở dòng ${p.at.line}, cột ${p.at.column}. Hãy sửa tệp (thường là thiếu dấu phẩy, ngoặc hoặc tệp bị cắt cụt).`
      : `Tệp ${p.file} không phải JSON hợp lệ.`,
  'flatgeobuf-invalid': (p) => `Tệp ${p.file} không phải tệp FlatGeobuf đọc được (${p.reason}).`,
  'geojson-not-geojson': (p) => `Tệp ${p.file} là JSON nhưng không phải GeoJSON (cần "type": "FeatureCollection", "Feature" hoặc một hình học).`,
  'zip-corrupt': (p) => `Tệp nén ${p.file} bị hỏng (${zipText(ZIP_VI, p)}). Hãy nén lại hoặc tải lại tệp.`,
  'zip-bomb': (p) => `Từ chối giải nén ${p.file}: ${zipText(ZIP_VI, p)} — có thể là "bom zip". Hãy giải nén thủ công và chọn các tệp cần thiết.`,
  'zip-empty': (p) => `Tệp nén ${p.file} không chứa tệp nào.`,
  'shp-invalid': (p) =>
    p.problem === 'too-short'
      ? 'Tệp .shp quá ngắn (thiếu phần đầu 100 byte) — tệp bị hỏng hoặc tải về chưa xong.'
      : p.problem === 'not-shapefile'
        ? 'Tệp .shp không đúng định dạng Shapefile (mã tệp khác 9994).'
        : `Kiểu hình học Shapefile ${p.shapeType} không được hỗ trợ (MultiPatch?).`,
  'shp-truncated': (p) => `Tệp ${p.name}.shp bị cắt cụt: chỉ đọc được ${p.count} đối tượng đầu; phần còn lại bị mất (tệp tải về chưa xong?).`,
  'shp-unsupported-shape': (p) => `kiểu hình học ${p.shapeType} không được hỗ trợ.`,
  'shx-missing': (p) => `Thiếu ${p.name}.shx — không sao, tệp .shp được đọc tuần tự.`,
  'dbf-missing': (p) => `Thiếu ${p.name}.dbf: nhập hình học không có thuộc tính. Hãy chọn cả tệp .dbf nếu cần thuộc tính.`,
  'dbf-invalid': (p) => (p.problem === 'too-short' ? 'Tệp .dbf quá ngắn — tệp bị hỏng.' : 'Phần đầu tệp .dbf không hợp lệ — tệp bị hỏng.'),
  'dbf-count-mismatch': (p) =>
    `${p.name}.dbf có ${p.records} bản ghi nhưng ${p.name}.shp có ${p.shapes} hình; các đối tượng thiếu bản ghi sẽ không có thuộc tính.`,
  'dbf-deleted-record': () => 'bản ghi thuộc tính bị đánh dấu xóa trong .dbf; vẫn giữ đối tượng.',
  'shp-missing': (p) => `${p.name}.dbf không có tệp ${p.name}.shp đi kèm — cần chọn cả tệp .shp (và .shx, .prj).`,
  'kml-invalid': (p) => `Tệp ${p.file} không phải KML hợp lệ (XML hỏng hoặc thiếu thẻ <kml>).`,
  'kmz-no-kml': (p) => `${p.file} không chứa tệp .kml nào.`,
  'prj-unreadable': (p) => `Không đọc được ${p.name}.prj.`,
  'cpg-unknown': (p) => `${p.name}.cpg ghi bảng mã "${p.cpg}" không nhận ra; sẽ tự dò.`,
  'crs-from-prj': (p) => `Hệ tọa độ theo ${p.name}.prj: ${p.crs.vi}.`,
  'crs-prj-detail': (p) => p.text.vi,
  'crs-from-option': (p) => `Hệ tọa độ: ${p.crs.vi} (do người dùng chọn).`,
  'crs-assumed-wgs84': () => 'Không có .prj; tọa độ là độ nên coi là WGS84 (kinh độ, vĩ độ).',
  'crs-needed': (p) => {
    const b = p.rawBbox;
    return `${p.name ? `${p.name}: ` : ''}tọa độ là mét (hoành độ/Đông ${round(b[0])}–${round(b[2])}, tung độ/Bắc ${round(b[1])}–${round(b[3])}) và không có .prj đọc được — cần chọn hệ tọa độ. ${p.suggestion ? `Gợi ý: ${p.suggestion.label.vi} (${p.suggestion.id}).` : 'Không đoán được hệ nào.'}`;
  },
  'crs-geojson-member': (p) => `Hệ tọa độ theo thành phần "crs" của tệp: ${p.crs.vi}.`,
  'crs-member-unknown': (p) => `Không nhận ra hệ tọa độ "${p.declared}" khai báo trong tệp.`,
  'crs-guessed': (p) => `Hệ tọa độ được đoán là ${p.crs.vi}. ${p.reason.vi} Hãy xác nhận.`,
  'crs-mismatch': (p) =>
    `Tọa độ là mét (ví dụ ${p.x}, ${p.y}) nhưng hệ tọa độ đã chọn là kinh độ/vĩ độ: không đọc mét thành độ. Hãy chọn hệ VN-2000.`,
  'reprojected': (p) =>
    p.points === null
      ? `Đã chuyển tọa độ từ ${p.crs.vi} sang WGS84${failedVi(p.failed)}.`
      : `Đã chuyển ${p.points} điểm từ ${p.crs.vi} sang WGS84${failedVi(p.failed)}.`,
  'layer-no-overlap': (p) =>
    `Lớp ${p.layer} (tâm ${p.centreLat.toFixed(4)}°N ${p.centreLon.toFixed(4)}°E) không chồng lên lớp dữ liệu nào đã có — thường do sai hệ tọa độ (kinh tuyến trục, VN-2000/WGS84) hoặc đảo X/Y. Hãy kiểm tra trước khi dùng.`,
  'encoding-from-cpg': (p) => `Bảng mã thuộc tính theo ${p.name}.cpg: ${p.cpg}.`,
  'encoding-detected': (p) => VI['encoding-uncertain'](p),
  'encoding-uncertain': (p) =>
    `Bảng mã thuộc tính dò được: ${p.encoding} (độ tin cậy ${p.confidencePct} %). Ví dụ: ${p.samples.join(' · ')}. Có thể chọn bảng mã khác nếu chữ hiển thị sai.`,
  'encoding-from-option': (p) => `Bảng mã thuộc tính: ${p.encoding} (do người dùng chọn).`,
  'csv-encoding-detected': (p) => `${p.file} không phải UTF-8; bảng mã dò được: ${p.encoding}.`,
  'geometry-null': () => 'không có hình học (geometry rỗng) — không thể hiển thị trên bản đồ. Đã loại khỏi lớp.',
  'geometry-empty': (p) => `${p.problem === 'no-rings' ? 'vùng không có vòng nào.' : 'hình học rỗng (không có tọa độ).'} Đã loại khỏi lớp.`,
  'geometry-invalid': (p) => `${geometryText(GEOMETRY_VI, p)} Đã loại khỏi lớp.`,
  'ring-closed': (p) => `đã khép ${p.rings} vòng chưa khép kín (thêm điểm cuối trùng điểm đầu).`,
  'ring-too-short': (p) =>
    'outerPoints' in p
      ? `vòng ngoài của vùng chỉ có ${p.outerPoints} điểm phân biệt (cần ít nhất 3). Đã loại khỏi lớp.`
      : `đã bỏ ${p.droppedHoles} lỗ thủng suy biến (dưới 3 điểm).`,
  'ring-rewound': (p) =>
    'orphanHole' in p
      ? 'vòng ngược chiều không nằm trong vòng ngoài nào được coi là vòng ngoài.'
      : `đã đảo chiều ${p.rings} vòng theo RFC 7946 (vòng ngoài ngược chiều kim đồng hồ).`,
  'duplicate-points-removed': (p) => `đã bỏ ${p.points} điểm trùng liên tiếp.`,
  'self-intersection-repaired': (p) =>
    `vùng tự cắt${near(p.near, 'gần')}; đã sửa bằng cách tách tại các điểm cắt (${p.parts} phần). Hãy kiểm tra lại ranh giới.`,
  'self-intersection-kept': (p) =>
    `vùng tự cắt${near(p.near, 'gần')} và không tự sửa được; vẫn giữ lại nhưng diện tích có thể sai — hãy sửa trong phần mềm GIS.`,
  'coordinates-out-of-range': (p) =>
    `tọa độ (${p.x}, ${p.y}) nằm ngoài phạm vi kinh độ ±180 / vĩ độ ±90 — có thể sai hệ tọa độ. Đã loại khỏi lớp.`,
  'coordinates-not-finite': (p) => `tọa độ không phải số hữu hạn (${p.x}, ${p.y}). Đã loại khỏi lớp.`,
  'latlon-swapped': (p) =>
    `Tất cả tọa độ của lớp ${p.layer} nằm ở Việt Nam chỉ khi đọc là [vĩ độ, kinh độ]: đã đổi chỗ thành [kinh độ, vĩ độ] cho ${p.count} đối tượng.`,
  'feature-invalid': () => 'không phải một Feature GeoJSON — bỏ qua.',
  'summary': (p) =>
    p.of === 'layer'
      ? `Lớp ${p.layer}: nhập ${p.accepted}/${p.total} đối tượng, sửa ${p.repaired}, loại ${p.rejected}.`
      : `Đọc ${p.points} điểm từ ${p.rows} dòng dữ liệu; ${p.rejected} dòng bị bỏ qua${p.outside ? `, ${p.outside} điểm ngoài Việt Nam` : ''}${p.blank ? `; ${p.blank} dòng trống` : ''}.`,
  'csv-format': (p) => `Tệp CSV phân cách bằng ${DELIMITER_VI[p.delimiter]}${p.decimalComma ? ', dấu phẩy thập phân' : ''}.`,
  'csv-column-missing': (p) => `Không có cột "${p.column}" (chọn cho ${p.axis}). Các cột: ${p.columns.join(', ')}.`,
  'csv-no-coordinates': (p) =>
    `Không tìm thấy hai cột tọa độ (X/Y, kinh độ/vĩ độ, Đông/Bắc). Các cột: ${p.columns.join(', ') || '(không có)'}. Hãy chọn cột tọa độ.`,
  'csv-columns': (p) => p.reason.vi,
  'csv-axis-order': (p) => p.reason.vi,
  'csv-row-rejected': (p) =>
    'cells' in p
      ? `Dòng ${p.row}: ${p.cells.map((c) => (c.cell === '' ? `ô "${c.column}" trống` : `"${c.column}" = "${c.cell}" không phải số`)).join('; ')} — dòng bị bỏ qua, hãy sửa trong tệp.`
      : `Dòng ${p.row}: tọa độ (${p.x}, ${p.y}) không hợp lệ trong hệ ${p.crs.vi} — dòng bị bỏ qua.`,
  'csv-point-outside-vietnam': (p) =>
    `Dòng ${p.row}: điểm (${p.x}, ${p.y}) nằm ngoài Việt Nam (${p.lat.toFixed(5)}°B, ${p.lon.toFixed(5)}°Đ) — kiểm tra số liệu hoặc hệ tọa độ.`,
  'csv-all-outside-vietnam': (p) => `Tất cả ${p.count} điểm nằm ngoài Việt Nam: hệ tọa độ (${p.crs.vi}) hoặc thứ tự cột X/Y có thể sai.`,
  'rerun-failed': (p) => p.text.vi,
};

const EN: Catalogue = {
  'file-unsupported': (p) => `${p.file}: .${p.ext} files are not supported: skipped.`,
  'file-unreadable': (p) => p.text.en,
  'file-empty': () => 'No data file to import (GeoJSON, Shapefile, KML/KMZ, CSV).',
  'json-invalid': (p) =>
    p.at
      ? `${p.file} is not valid JSON: error at line ${p.at.line}, column ${p.at.column}. Fix the file (often a missing comma or bracket, or a truncated file).`
      : `${p.file} is not valid JSON.`,
  'flatgeobuf-invalid': (p) => `${p.file} is not a readable FlatGeobuf file (${p.reason}).`,
  'geojson-not-geojson': (p) => `${p.file} is JSON but not GeoJSON (expected "type": "FeatureCollection", "Feature" or a geometry).`,
  'zip-corrupt': (p) => `The zip file ${p.file} is corrupt (${zipText(ZIP_EN, p)}). Zip it again or download it again.`,
  'zip-bomb': (p) => `Refused to unzip ${p.file}: ${zipText(ZIP_EN, p)}: possibly a zip bomb. Unzip it yourself and pick the files you need.`,
  'zip-empty': (p) => `The zip ${p.file} holds no files.`,
  'shp-invalid': (p) =>
    p.problem === 'too-short'
      ? 'The .shp file is too short (no 100-byte header): it is damaged or was not fully downloaded.'
      : p.problem === 'not-shapefile'
        ? 'The .shp file is not a Shapefile (file code is not 9994).'
        : `Shapefile shape type ${p.shapeType} is not supported (MultiPatch?).`,
  'shp-truncated': (p) => `${p.name}.shp is truncated: only the first ${p.count} features could be read; the rest is lost (incomplete download?).`,
  'shp-unsupported-shape': (p) => `shape type ${p.shapeType} is not supported.`,
  'shx-missing': (p) => `${p.name}.shx is missing: not needed, the .shp is read sequentially.`,
  'dbf-missing': (p) => `${p.name}.dbf is missing: geometry imported without attributes. Select the .dbf too if you need the attributes.`,
  'dbf-invalid': (p) => (p.problem === 'too-short' ? 'The .dbf file is too short: it is damaged.' : 'The .dbf header is invalid: the file is damaged.'),
  'dbf-count-mismatch': (p) =>
    `${p.name}.dbf has ${p.records} records but ${p.name}.shp has ${p.shapes} shapes; features without a record get no attributes.`,
  'dbf-deleted-record': () => 'its attribute record is marked deleted in the .dbf; the feature is kept.',
  'shp-missing': (p) => `${p.name}.dbf came without ${p.name}.shp: select the .shp too (and the .shx, .prj).`,
  'kml-invalid': (p) => `${p.file} is not valid KML (broken XML or no <kml> element).`,
  'kmz-no-kml': (p) => `${p.file} holds no .kml file.`,
  'prj-unreadable': (p) => `${p.name}.prj could not be read.`,
  'cpg-unknown': (p) => `${p.name}.cpg names an unknown encoding "${p.cpg}"; detecting instead.`,
  'crs-from-prj': (p) => `Coordinate system from ${p.name}.prj: ${p.crs.en}.`,
  'crs-prj-detail': (p) => p.text.en,
  'crs-from-option': (p) => `Coordinate system: ${p.crs.en} (chosen by the user).`,
  'crs-assumed-wgs84': () => 'No .prj; coordinates are degrees, so taken as WGS84 (longitude, latitude).',
  'crs-needed': (p) => {
    const b = p.rawBbox;
    return `${p.name ? `${p.name}: ` : ''}coordinates are metres (easting ${round(b[0])}–${round(b[2])}, northing ${round(b[1])}–${round(b[3])}) and there is no readable .prj: choose the coordinate system. ${p.suggestion ? `Suggestion: ${p.suggestion.label.en} (${p.suggestion.id}).` : 'No system could be guessed.'}`;
  },
  'crs-geojson-member': (p) => `Coordinate system from the file's "crs" member: ${p.crs.en}.`,
  'crs-member-unknown': (p) => `The declared coordinate system "${p.declared}" is not recognised.`,
  'crs-guessed': (p) => `Coordinate system guessed as ${p.crs.en}. ${p.reason.en} Please confirm.`,
  'crs-mismatch': (p) =>
    `Coordinates are metres (e.g. ${p.x}, ${p.y}) but the chosen system is longitude/latitude: metres are never read as degrees. Choose a VN-2000 system.`,
  'reprojected': (p) =>
    p.points === null
      ? `Reprojected from ${p.crs.en} to WGS84${p.failed ? `; ${p.failed} points could not be transformed` : ''}.`
      : `Reprojected ${p.points} points from ${p.crs.en} to WGS84${p.failed ? `; ${p.failed} could not be transformed` : ''}.`,
  'layer-no-overlap': (p) =>
    `Layer ${p.layer} (centre ${p.centreLat.toFixed(4)}°N ${p.centreLon.toFixed(4)}°E) overlaps none of the loaded layers: usually a wrong coordinate system (central meridian, VN-2000/WGS84) or swapped X/Y. Check it before use.`,
  'encoding-from-cpg': (p) => `Attribute encoding from ${p.name}.cpg: ${p.cpg}.`,
  'encoding-detected': (p) => EN['encoding-uncertain'](p),
  'encoding-uncertain': (p) =>
    `Detected attribute encoding: ${p.encoding} (confidence ${p.confidencePct} %). Sample: ${p.samples.join(' · ')}. Choose another encoding if the text looks wrong.`,
  'encoding-from-option': (p) => `Attribute encoding: ${p.encoding} (chosen by the user).`,
  'csv-encoding-detected': (p) => `${p.file} is not UTF-8; detected encoding: ${p.encoding}.`,
  'geometry-null': () => 'no geometry (null): it cannot be shown on the map. Left out of the layer.',
  'geometry-empty': (p) => `${p.problem === 'no-rings' ? 'the polygon has no rings.' : 'empty geometry (no coordinates).'} Left out of the layer.`,
  'geometry-invalid': (p) => `${geometryText(GEOMETRY_EN, p)} Left out of the layer.`,
  'ring-closed': (p) => `closed ${p.rings} unclosed ring(s) (last point = first point).`,
  'ring-too-short': (p) =>
    'outerPoints' in p
      ? `the polygon's outer ring has only ${p.outerPoints} distinct points (3 needed). Left out of the layer.`
      : `dropped ${p.droppedHoles} degenerate hole(s) (under 3 points).`,
  'ring-rewound': (p) =>
    'orphanHole' in p ? 'a counter-clockwise ring inside no outer ring was taken as an outer ring.' : `rewound ${p.rings} ring(s) to RFC 7946 (outer rings counter-clockwise).`,
  'duplicate-points-removed': (p) => `removed ${p.points} duplicate consecutive point(s).`,
  'self-intersection-repaired': (p) =>
    `self-intersecting polygon${near(p.near, 'near')}; repaired by splitting at the crossings (${p.parts} ${p.parts === 1 ? 'part' : 'parts'}). Check the boundary.`,
  'self-intersection-kept': (p) =>
    `self-intersecting polygon${near(p.near, 'near')} that could not be repaired; kept, but its area may be wrong: fix it in a GIS.`,
  'coordinates-out-of-range': (p) =>
    `coordinate (${p.x}, ${p.y}) is outside longitude ±180 / latitude ±90: probably a wrong coordinate system. Left out of the layer.`,
  'coordinates-not-finite': (p) => `a coordinate is not a finite number (${p.x}, ${p.y}). Left out of the layer.`,
  'latlon-swapped': (p) =>
    `Every coordinate of layer ${p.layer} lies in Vietnam only when read as [latitude, longitude]: swapped to [longitude, latitude] for ${p.count} features.`,
  'feature-invalid': () => 'not a GeoJSON Feature: skipped.',
  'summary': (p) =>
    p.of === 'layer'
      ? `Layer ${p.layer}: imported ${p.accepted}/${p.total} features, repaired ${p.repaired}, rejected ${p.rejected}.`
      : `Read ${p.points} points from ${p.rows} data rows; ${p.rejected} rows skipped${p.outside ? `, ${p.outside} points outside Vietnam` : ''}${p.blank ? `; ${p.blank} blank rows` : ''}.`,
  'csv-format': (p) => `CSV separated by ${DELIMITER_EN[p.delimiter]}${p.decimalComma ? ', with decimal commas' : ''}.`,
  'csv-column-missing': (p) => `There is no column "${p.column}" (chosen for ${p.axis}). Columns: ${p.columns.join(', ')}.`,
  'csv-no-coordinates': (p) =>
    `No pair of coordinate columns found (X/Y, lon/lat, E/N). Columns: ${p.columns.join(', ') || '(none)'}. Choose the coordinate columns.`,
  'csv-columns': (p) => p.reason.en,
  'csv-axis-order': (p) => p.reason.en,
  'csv-row-rejected': (p) =>
    'cells' in p
      ? `Row ${p.row}: ${p.cells.map((c) => (c.cell === '' ? `"${c.column}" is empty` : `"${c.column}" = "${c.cell}" is not a number`)).join('; ')} — row skipped, fix it in the file.`
      : `Row ${p.row}: coordinates (${p.x}, ${p.y}) are not valid in ${p.crs.en} — row skipped.`,
  'csv-point-outside-vietnam': (p) =>
    `Row ${p.row}: point (${p.x}, ${p.y}) lies outside Vietnam (${p.lat.toFixed(5)}°N, ${p.lon.toFixed(5)}°E) — check the value or the coordinate system.`,
  'csv-all-outside-vietnam': (p) =>
    `All ${p.count} points lie outside Vietnam: the coordinate system (${p.crs.en}) or the X/Y column order is probably wrong.`,
  'rerun-failed': (p) => p.text.en,
};

/** The message catalogue of each language, keyed by note code. */
export const IMPORT_NOTE_MESSAGES: Record<Language, Catalogue> = { vi: VI, en: EN };

/** Codes whose text names its own place (a CSV's spreadsheet row): no "Feature N:" prefix. */
const PLACED_BY_ROW = new Set<ImportNoteCode>(['csv-row-rejected', 'csv-point-outside-vietnam']);

/** The text of a note in both languages; a note about one feature starts with its number, counted from 1. */
export function renderImportNote<C extends ImportNoteCode>(code: C, params: ImportNoteParams[C], featureIndex?: number): LocalText {
  const vi = IMPORT_NOTE_MESSAGES.vi[code](params);
  const en = IMPORT_NOTE_MESSAGES.en[code](params);
  if (featureIndex === undefined || PLACED_BY_ROW.has(code)) return { vi, en };
  return { vi: `Đối tượng thứ ${featureIndex + 1}: ${vi}`, en: `Feature ${featureIndex + 1}: ${en}` };
}

/** What the import report and the CLI show for a note. A note made outside the readers without params keeps its text. */
export function importNoteText(note: ImportNote, language: Language): string {
  if (!note.params) return note.message[language];
  return renderImportNote(note.code, note.params as never, note.featureIndex)[language];
}
