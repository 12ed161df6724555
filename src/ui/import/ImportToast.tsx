// The import's closing message ("Đã thêm: …", "Đã hủy nhập dữ liệu"): bottom of the screen, gone after 8 s.
import { useEffect } from 'react';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import { useLanguage, useText } from '../useAppState.ts';

const SHOWN_MS = 8000;

export function ImportToast({ toast, onClose }: { toast: LocalText; onClose: () => void }) {
  const language = useLanguage();
  const t = useText();
  useEffect(() => {
    const timer = window.setTimeout(onClose, SHOWN_MS);
    return () => window.clearTimeout(timer);
    // A new message restarts the timer; `onClose` is the same action every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [toast]);
  return (
    <div className="import-toast" role="status" data-testid="import-toast">
      {toast[language]}
      <button type="button" className="toast-close" aria-label={t.import.close} data-testid="import-toast-close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
