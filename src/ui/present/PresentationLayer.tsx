// Presentation mode's layer over the map: the title block (editable), the legend of the visible layers, the
// scale bar, the north arrow, the sources and the date, in type sized for a projector; a small toolbar to
// export the map or leave. Always mounted: on screen it shows only in presentation mode, in print always
// (present.css), so Ctrl+P prints the map with its furniture rather than the sidebar.
// Keys: P enters (not while typing), Esc leaves. Leaving full screen (the browser's own Esc) leaves too.
import { useEffect, useState } from 'react';
import { useAppSelector, useStore, useText } from '../useAppState.ts';
import { MapLegend, MapSources, NorthArrow, ScaleBar } from './MapFurniture.tsx';
import { usePresentationText } from './presentationText.ts';
import { enterPresentation, isTyping, leavePresentation } from './presentationMode.ts';
import './present.css';

function TitleBlock({ editable }: { editable: boolean }) {
  const store = useStore();
  const t = useText().present;
  const { title, subtitle } = usePresentationText();
  const [draft, setDraft] = useState<{ title: string; subtitle: string } | null>(null);
  if (draft) {
    const save = () => {
      if (draft.title.trim() !== title || draft.subtitle.trim() !== subtitle) {
        store.run({ type: 'setPresentationText', title: draft.title.trim(), subtitle: draft.subtitle.trim() });
      }
      setDraft(null);
    };
    return (
      <form
        className="furniture-title editing"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            setDraft(null);
          }
        }}
      >
        <label>
          {t.title}
          <input autoFocus value={draft.title} maxLength={200} onChange={(e) => setDraft({ ...draft, title: e.target.value })} data-testid="present-title-input" />
        </label>
        <label>
          {t.subtitle}
          <input value={draft.subtitle} maxLength={300} onChange={(e) => setDraft({ ...draft, subtitle: e.target.value })} data-testid="present-subtitle-input" />
        </label>
        <div className="furniture-title-actions">
          <button type="submit">{t.save}</button>
          <button type="button" onClick={() => setDraft(null)}>
            {t.cancel}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="furniture-title" data-testid="present-title-block">
      {/* A heading by role, not an <h1>: the app's own <h1> (the header) stays the page's one. */}
      <div className="furniture-title-text" role="heading" aria-level={1} data-testid="present-title">
        {title}
      </div>
      {subtitle && <p data-testid="present-subtitle">{subtitle}</p>}
      {editable && (
        <button type="button" className="furniture-edit" title={t.editTitle} aria-label={t.editTitle} onClick={() => setDraft({ title, subtitle })} data-testid="present-edit-title">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M11.5 1.5l3 3L5 14H2v-3z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          </svg>
        </button>
      )}
    </div>
  );
}

export function PresentationLayer({ onExportMap }: { onExportMap(): void }) {
  const store = useStore();
  const active = useAppSelector((s) => s.presentation.active);
  const t = useText().present;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      // A dialog (export, confirm) keeps its own keys.
      if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"]')) return;
      const presenting = store.getState().presentation.active;
      if (!presenting && (event.key === 'p' || event.key === 'P')) {
        event.preventDefault();
        enterPresentation(store, { fullscreen: true });
      } else if (presenting && event.key === 'Escape') {
        event.preventDefault();
        leavePresentation(store);
      }
    };
    // The browser's Esc ends full screen without a keydown reaching the page: leave the mode with it.
    let wasFullscreen = false;
    const onFullscreen = () => {
      if (document.fullscreenElement) wasFullscreen = true;
      else if (wasFullscreen) {
        wasFullscreen = false;
        store.setPresentationActive(false);
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [store]);

  return (
    <div className={`presentation-layer${active ? ' active' : ''}`} data-testid="presentation-layer" aria-hidden={!active}>
      <TitleBlock editable={active} />
      <div className="furniture-corner-top">
        <NorthArrow />
      </div>
      <MapLegend />
      <div className="furniture-bottom">
        <ScaleBar />
        <MapSources />
      </div>
      {active && (
        <div className="presentation-toolbar">
          <button type="button" onClick={onExportMap} title={t.exportMapHint} data-testid="present-export-map">
            {t.exportMap}
          </button>
          <button type="button" onClick={() => leavePresentation(store)} title={t.exitHint} data-testid="present-exit">
            ✕ {t.exit}
          </button>
        </div>
      )}
    </div>
  );
}
