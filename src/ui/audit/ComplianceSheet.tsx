// The preliminary review sheet (phiếu rà soát sơ bộ — not a legal conclusion) of one project: A4 portrait,
// Vietnamese. Rendered on screen for printing and to static HTML for download, from the same component
// (React escapes every text). The agency header is editable in place (contentEditable) before printing;
// the reserve's corners are listed in VN-2000 on the province's meridian (X northing, Y easting).
// Its words are written here, in Vietnamese only, on purpose: it is an administrative document filed with
// the agency's papers, which are in Vietnamese (Decree 30/2020/NĐ-CP), whatever the UI language.
import type { LocalText } from '../../domain/model/layerRoles.ts';
import { URBAN_CLASSES } from '../../domain/model/layerRoles.ts';
import type { ReservedLandRules } from '../../domain/reserved_land/rules.ts';
import type { ProjectAudit } from '../../domain/reserved_land/types.ts';
import { listReserveCornersVn2000 } from '../../domain/reserved_land/listReserveCornersVn2000.ts';
import { formatNumber } from '../../i18n/format.ts';
import { OUTCOME_ICONS } from './auditSymbols.ts';
import { highlightKindsOf, highlightSwatchCss } from './buildAuditOverlay.ts';
import { decidingCheck } from './buildAuditTable.ts';
import { isoToDdMmYyyy, m2, pct } from './formatAudit.ts';
import { uiText } from '../../i18n/renderMessage.ts';

/** The sheet is a Vietnamese administrative document, whatever the UI language. */
const VI = uiText('vi');

export interface ComplianceSheetProps {
  project: ProjectAudit;
  /** ISO yyyy-mm-dd, the date the deadlines were checked against. */
  asOfDate: string | null;
  /** dd/mm/yyyy. */
  printDate: string;
  rules: ReservedLandRules;
  /** PNG data URL of the map on the project (null when the map could not be captured). */
  mapImageUrl: string | null;
  /** Titles of the illustrative layers used (a warning line is printed when there are any). */
  illustrativeLayers: LocalText[];
  /** The agency header; blank lines to fill in (on screen, or by hand) when absent. */
  header?: Partial<SheetHeader>;
}

export interface SheetHeader {
  agency: string;
  sheetNumber: string;
  /** As written on the sheet ("ngày … tháng … năm …" when blank). */
  date: string;
}

const COORDINATE_FORMAT = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const BLANK_HEADER: SheetHeader = { agency: 'TÊN CƠ QUAN', sheetNumber: '……/PRS', date: 'ngày …… tháng …… năm ……' };

const OBLIGATION_VI: Record<string, string> = {
  land_in_project: 'Dành quỹ đất trong dự án (điểm a khoản 2 Điều 83)',
  land_elsewhere: 'Bố trí quỹ đất tương đương tại vị trí khác trong cùng đô thị (Điều 18 NĐ 100/2024)',
  payment: 'Nộp tiền thay cho quỹ đất (Điều 19 NĐ 100/2024, sửa đổi, bổ sung bởi NĐ 261/2025)',
};

export const SHEET_LEGAL_BASIS = [
  'Luật Nhà ở số 27/2023/QH15, Điều 83 (quỹ đất nhà ở xã hội trong dự án nhà ở thương mại, khu đô thị)',
  'Nghị định số 100/2024/NĐ-CP, khoản 3 Điều 5 (quỹ đất NOXH xác định trong quy hoạch chi tiết 1/500)',
  'Nghị định số 100/2024/NĐ-CP, Điều 17 (20% tổng diện tích đất ở, trừ đất ở hiện trạng và đất tái định cư)',
  'Nghị định số 100/2024/NĐ-CP, Điều 18 (quỹ đất tương đương tại vị trí khác trong cùng đô thị)',
  'Nghị định số 100/2024/NĐ-CP, Điều 19, được sửa đổi, bổ sung bởi Nghị định số 261/2025/NĐ-CP (nộp tiền thay cho quỹ đất; khoản 2a: tiền chậm nộp)',
  'Nghị định số 100/2024/NĐ-CP, Điều 78 (chuyển tiếp), khoản 4 được sửa đổi bởi khoản 6 Điều 1 Nghị định số 261/2025/NĐ-CP',
  'Nghị quyết số 201/2025/QH15, khoản 4 Điều 12; Nghị định số 192/2025/NĐ-CP, khoản 4 Điều 17 được sửa đổi bởi khoản 4 Điều 2 Nghị định số 261/2025/NĐ-CP (quỹ đất chưa xây dựng sau bàn giao)',
];

/** One sentence: which checks fail or need a look (the table above has the details). */
function conclusion(project: ProjectAudit, deciding: ReturnType<typeof decidingCheck>): string {
  if (project.verdict === 'not_subject') return deciding ? deciding.message.vi : '';
  const numbers = (result: string) => project.checks.filter((c) => c.result === result).map((c) => c.number);
  const fails = numbers('fail');
  const warnings = numbers('warning');
  const parts = [
    ...(fails.length ? [`không đạt nội dung ${fails.join(', ')}`] : []),
    ...(warnings.length ? [`cần xem xét nội dung ${warnings.join(', ')}`] : []),
  ];
  return parts.length ? `Dự án ${parts.join('; ')} (chi tiết tại mục IV).` : 'Dự án đạt cả 8 nội dung kiểm tra.';
}

/** A line the officer can type into before printing (the downloaded file keeps it editable too). */
function Editable({ value, testId }: { value: string; testId: string }) {
  return (
    <span className="sheet-editable" contentEditable suppressContentEditableWarning data-testid={testId}>
      {value}
    </span>
  );
}

export function ComplianceSheet({ project, asOfDate, printDate, rules, mapImageUrl, illustrativeLayers, header }: ComplianceSheetProps) {
  const vi = 'vi' as const;
  const head = { ...BLANK_HEADER, ...header };
  const { corners, meridian, epsg } = listReserveCornersVn2000(project);
  // Coordinates always with 2 decimals (cm), as land documents print them.
  const coordinate = (v: number) => COORDINATE_FORMAT.format(v);
  const urban = project.urban_area;
  const deciding = decidingCheck(project);
  const kinds = highlightKindsOf(project);
  return (
    <article className="compliance-sheet" lang="vi" data-testid="compliance-sheet">
      <header className="sheet-header">
        <div className="sheet-agency-row">
          <div className="sheet-agency">
            <strong>
              <Editable value={head.agency} testId="sheet-agency" />
            </strong>
            <br />
            Số: <Editable value={head.sheetNumber} testId="sheet-number" />
          </div>
          <div className="sheet-motto">
            <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
            <br />
            <strong className="sheet-motto-line">Độc lập – Tự do – Hạnh phúc</strong>
            <br />
            <em>
              <Editable value={head.date} testId="sheet-date" />
            </em>
          </div>
        </div>
        <h1>PHIẾU RÀ SOÁT SƠ BỘ QUỸ ĐẤT NHÀ Ở XÃ HỘI</h1>
        <p className="sheet-subtitle">
          trong dự án đầu tư xây dựng nhà ở thương mại, khu đô thị — theo Điều 83 Luật Nhà ở 2023 và Điều 17–19 Nghị định 100/2024/NĐ-CP
          <br />
          (phiếu rà soát sơ bộ phục vụ kiểm tra, không phải kết luận pháp lý)
        </p>
        <p className="sheet-dates">
          Ngày đối chiếu: <strong>{isoToDdMmYyyy(asOfDate)}</strong> · Ngày in: <strong>{printDate}</strong>
        </p>
      </header>

      <section>
        <h2>I. Thông tin dự án</h2>
        <table className="sheet-facts">
          <tbody>
            <tr>
              <th>Mã dự án</th>
              <td>{project.id}</td>
              <th>Kết luận</th>
              <td>
                <span className={`sheet-verdict verdict-${project.verdict}`}>{VI.verdict[project.verdict]}</span>
              </td>
            </tr>
            <tr>
              <th>Tên dự án</th>
              <td colSpan={3}>{project.name}</td>
            </tr>
            <tr>
              <th>Đô thị</th>
              <td>{urban ? `${urban.name}${urban.urban_class ? ` (${URBAN_CLASSES[urban.urban_class]?.vi ?? urban.urban_class})` : ''}` : '—'}</td>
              <th>Hình thức thực hiện</th>
              <td>
                {project.obligation ? OBLIGATION_VI[project.obligation] : '—'}
                {project.obligation_inferred ? ' (suy ra từ dữ liệu)' : ''}
              </td>
            </tr>
            <tr>
              <th>Đất ở tính nghĩa vụ</th>
              <td>{project.net_residential_m2 === null ? '—' : `${m2(project.net_residential_m2, vi)} m²`}</td>
              <th>Diện tích phải dành ({formatNumber(rules.reserveShare01 * 100, vi, 2)}%)</th>
              <td>{project.required_m2 === null ? '—' : `${m2(project.required_m2, vi)} m²`}</td>
            </tr>
            <tr>
              <th>Diện tích đo đạc</th>
              <td>{m2(project.measured_m2, vi, 1)} m²</td>
              <th>Phần được tính</th>
              <td>
                {m2(project.inside_m2, vi, 1)} m²{project.reserve_share_pct !== null ? ` (${pct(project.reserve_share_pct, vi, 2)} đất ở)` : ''}
              </td>
            </tr>
            <tr>
              <th>Diện tích thiếu</th>
              <td colSpan={3}>
                {project.shortfall_m2 === null ? '—' : `${m2(project.shortfall_m2, vi, 1)} m² (${pct(project.shortfall_pct, vi, 2)} diện tích phải dành)`}
              </td>
            </tr>
          </tbody>
        </table>
      </section>

      <section className="sheet-map-section">
        <h2>II. Sơ đồ vị trí</h2>
        {mapImageUrl ? <img className="sheet-map" src={mapImageUrl} alt={`Sơ đồ dự án ${project.name}`} /> : <p className="sheet-muted">Không chụp được bản đồ.</p>}
        <ul className="sheet-legend">
          {kinds.map(({ kind, areaM2 }) => {
            return (
              <li key={kind}>
                <span className="sheet-swatch" style={highlightSwatchCss(kind, 6)} />
                {VI.highlight[kind]}
                {kind !== 'project_boundary' ? ` — ${m2(areaM2, vi)} m²` : ''}
              </li>
            );
          })}
        </ul>
      </section>

      <section>
        <h2>III. Tọa độ góc quỹ đất NOXH (VN-2000, kinh tuyến trục {meridian}, múi chiếu 3°, EPSG:{epsg})</h2>
        {corners.length === 0 ? (
          <p className="sheet-muted">Không có thửa quỹ đất để liệt kê tọa độ.</p>
        ) : (
          <table className="sheet-corners" data-testid="sheet-corners">
            <thead>
              <tr>
                <th>Thửa</th>
                <th>Điểm</th>
                <th>X (m)</th>
                <th>Y (m)</th>
              </tr>
            </thead>
            <tbody>
              {corners.map((c) => (
                <tr key={`${c.parcel}-${c.point}`}>
                  <td>{c.parcel}</td>
                  <td>{c.point}</td>
                  <td className="num">{coordinate(c.northingXM)}</td>
                  <td className="num">{coordinate(c.eastingYM)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h2>IV. Kết quả kiểm tra</h2>
        <table className="sheet-checks">
          <thead>
            <tr>
              <th className="col-no">TT</th>
              <th className="col-title">Nội dung kiểm tra</th>
              <th className="col-result">Kết quả</th>
              <th>Nhận xét, số liệu</th>
              <th className="col-ref">Căn cứ</th>
            </tr>
          </thead>
          <tbody>
            {project.checks.map((c) => (
              <tr key={c.id} className={`result-${c.result === 'n/a' ? 'na' : c.result}`}>
                <td className="col-no">{c.number}</td>
                <td className="col-title">{c.title.vi}</td>
                <td className="col-result">
                  <span className="sheet-icon">{OUTCOME_ICONS[c.result]}</span> {VI.outcome[c.result]}
                </td>
                <td>{c.message.vi}</td>
                <td className="col-ref">{c.reference.vi}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="sheet-conclusion">
          <strong>Kết luận: {VI.verdict[project.verdict]}.</strong>{' '}
          {conclusion(project, deciding)}
        </p>
      </section>

      <section>
        <h2>V. Căn cứ pháp lý</h2>
        <ul className="sheet-basis">
          {SHEET_LEGAL_BASIS.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <footer className="sheet-footer">
        {illustrativeLayers.length > 0 && (
          <p className="sheet-illustrative" data-testid="sheet-illustrative">
            Lưu ý: DỮ LIỆU MINH HỌA — các lớp {illustrativeLayers.map((l) => l.vi).join('; ')} không phải số liệu chính thức; phiếu này chỉ minh họa cách kiểm tra.
          </p>
        )}
        <p className="sheet-muted">
          Phiếu do NOXH Atlas lập tự động từ dữ liệu bản đồ (diện tích đo theo elipxoit WGS84); cán bộ kiểm tra cần đối chiếu hồ sơ trước khi sử dụng.
        </p>
        <div className="sheet-signatures">
          <div>
            <strong>NGƯỜI LẬP PHIẾU</strong>
            <br />
            <em>(Ký, ghi rõ họ tên)</em>
          </div>
          <div>
            <strong>NGƯỜI KIỂM TRA</strong>
            <br />
            <em>(Ký, ghi rõ họ tên)</em>
          </div>
        </div>
      </footer>
    </article>
  );
}
