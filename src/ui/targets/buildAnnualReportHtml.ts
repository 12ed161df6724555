// The annual report as one self-contained HTML file that prints on one A4 page (fonts embedded: it opens
// from disk with no server).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildStandaloneHtml } from '../buildStandaloneHtml.ts';
import { AnnualReportSheet, type AnnualReportSheetProps } from './AnnualReportSheet.tsx';
import sheetCss from './annualReportSheet.css?raw';

const PAGE_CSS = `@page { size: A4 portrait; margin: 14mm; }
body { margin: 0; padding: 10mm 0; background: #fff; }
@media print { body { padding: 0; } }`;

export function buildAnnualReportHtml(props: AnnualReportSheetProps): string {
  const body = renderToStaticMarkup(createElement(AnnualReportSheet, props));
  return buildStandaloneHtml({ language: props.language, title: `NOXH ${props.report.as_of}`, css: [sheetCss, PAGE_CSS], body });
}
