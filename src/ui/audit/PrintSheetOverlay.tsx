// The print view: the compliance sheet over the app (on screen, a sheet of paper; in print, the only
// thing on the page — see audit.css @media print). Opening it asks the browser to print.
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { ComplianceSheet, type ComplianceSheetProps } from './ComplianceSheet.tsx';
import { buildComplianceSheetHtml, complianceSheetFileName } from './buildComplianceSheetHtml.ts';
import { downloadFile } from '../downloadFile.ts';
import './complianceSheet.css';
import { useText } from '../useAppState.ts';

export function PrintSheetOverlay({ sheet, onClose }: { sheet: ComplianceSheetProps; onClose(): void }) {
  const t = useText();
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    const image = rootRef.current?.querySelector('img');
    // Print once the map image is decoded, so it is on the paper.
    const ready = image ? image.decode().catch(() => undefined) : Promise.resolve();
    void ready.then(() => {
      if (!cancelled) window.print();
    });
    return () => {
      cancelled = true;
    };
  }, [sheet]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return createPortal(
    <div className="audit-print-root" ref={rootRef} role="dialog" aria-modal="true" aria-label={t.audit.printSheet} data-testid="audit-print-view">
      <div className="audit-print-toolbar">
        <button type="button" className="audit-button primary" onClick={() => window.print()}>
          {t.audit.print}
        </button>
        <button
          type="button"
          className="audit-button"
          onClick={() => downloadFile(complianceSheetFileName(sheet.project.id, sheet.asOfDate), buildComplianceSheetHtml(sheet), 'text/html;charset=utf-8')}
        >
          {t.audit.downloadSheet}
        </button>
        <button type="button" className="audit-button" onClick={onClose} data-testid="audit-print-close">
          {t.audit.close}
        </button>
      </div>
      <div className="audit-print-page">
        <ComplianceSheet {...sheet} />
      </div>
    </div>,
    document.body,
  );
}
