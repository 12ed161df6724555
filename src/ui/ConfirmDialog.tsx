// An in-app confirmation (not window.confirm: it speaks the app's language, looks like the app, and browser
// tests can click it). Cancel is the default: it has the focus, and Escape or a click outside also cancels.
import { useEffect, useId, useRef } from 'react';
import './confirmDialog.css';

export interface ConfirmDialogProps {
  title: string;
  /** Paragraphs of the message, rendered as text. */
  message: string[];
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
}

export function ConfirmDialog({ title, message, confirmLabel, cancelLabel, onConfirm, onCancel, testId = 'confirm-dialog' }: ConfirmDialogProps) {
  const titleId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The latest handler, so that a parent re-render (new arrow function) does not steal the focus back.
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  }, [onCancel]);
  useEffect(() => {
    cancelRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      cancel.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="confirm-backdrop" onClick={onCancel}>
      <div
        className="confirm-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onClick={(event) => event.stopPropagation()}
      >
        <h3 id={titleId}>{title}</h3>
        {message.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
        <div className="confirm-actions">
          <button type="button" ref={cancelRef} onClick={onCancel} data-testid={`${testId}-cancel`}>
            {cancelLabel}
          </button>
          <button type="button" className="confirm-ok" onClick={onConfirm} data-testid={`${testId}-ok`}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
