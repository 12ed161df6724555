// The compliance sheet as one self-contained HTML file: the same React component rendered to static
// markup (React escapes every text and attribute), its CSS inlined, its fonts and the map embedded as data URLs.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import sheetCss from './complianceSheet.css?raw';
import { buildStandaloneHtml } from '../buildStandaloneHtml.ts';
import { ComplianceSheet, type ComplianceSheetProps } from './ComplianceSheet.tsx';

/** Page rules of the standalone file: A4 portrait with 15 mm margins; on screen, a sheet of paper. */
export const SHEET_PAGE_CSS = `@page { size: A4 portrait; margin: 15mm; }
html, body { margin: 0; background: #fff; }
@media screen { body { background: #e5e7eb; } .compliance-sheet { width: 210mm; min-height: 297mm; box-sizing: border-box; margin: 8mm auto; padding: 15mm; box-shadow: 0 1mm 4mm rgba(0,0,0,0.25); } }`;

export function buildComplianceSheetHtml(props: ComplianceSheetProps): string {
  const body = renderToStaticMarkup(createElement(ComplianceSheet, props));
  const title = `Phiếu rà soát sơ bộ quỹ đất NOXH — ${props.project.id} ${props.project.name}`;
  return buildStandaloneHtml({ language: 'vi', title, css: [sheetCss, SHEET_PAGE_CSS], body });
}

/** `phieu-kiem-tra-TM-03-2026-11-27.html`: ASCII only, safe on every file system. */
export function complianceSheetFileName(projectId: string, asOfDate: string | null): string {
  const safeId = projectId.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9_-]+/g, '-');
  return `phieu-kiem-tra-${safeId}${asOfDate ? `-${asOfDate}` : ''}.html`;
}
