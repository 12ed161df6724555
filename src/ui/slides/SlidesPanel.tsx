// The slides tab: save the current view as a slide, then rename, recaption, retake, reorder, delete (each an
// undoable named command) and show one. The meeting package is made from here too.
import { memo, useState } from 'react';
import type { Slide } from '../../domain/slides/slide.ts';
import { captureSlide, newSlideId } from '../../state/slideState.ts';
import { useAppSelector, useStore, useText } from '../useAppState.ts';
import { useMapController } from '../mapControllerContext.ts';
import { playSlide, useSlideScoring } from './playSlide.ts';
import { MeetingPackageButton } from './MeetingPackageButton.tsx';
import './slides.css';

/** A text field that commits on Enter or when it loses focus, and only when the text changed. */
function CommitField({ value, label, multiline, testId, onCommit }: { value: string; label: string; multiline?: boolean; testId: string; onCommit: (text: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  const common = {
    value: draft ?? value,
    'aria-label': label,
    placeholder: label,
    'data-testid': testId,
    onBlur: commit,
  };
  return multiline ? (
    <textarea {...common} rows={2} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <input
      {...common}
      type="text"
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}

const SlideRow = memo(function SlideRow({ slide, index, count, current }: { slide: Slide; index: number; count: number; current: boolean }) {
  const store = useStore();
  const controller = useMapController();
  const scoring = useSlideScoring();
  const t = useText().slides;
  const update = (changes: Partial<Omit<Slide, 'id'>>) => store.run({ type: 'updateSlide', slideId: slide.id, changes });
  const retake = () => {
    if (!controller) return;
    const fresh = captureSlide(store.getState(), controller.getView(), slide.id, slide.title, slide.caption);
    const { id: _id, ...changes } = fresh;
    update(changes);
  };
  return (
    <li className={`slide-row${current ? ' slide-current' : ''}`} data-testid={`slide-row-${index + 1}`}>
      <div className="slide-row-head">
        <span className="slide-number">{index + 1}</span>
        <CommitField value={slide.title} label={t.title} testId={`slide-title-${index + 1}`} onCommit={(title) => update({ title })} />
        <button type="button" onClick={() => playSlide(store, controller, index, { animate: true, scoring })} data-testid={`slide-show-${index + 1}`}>
          {t.show}
        </button>
      </div>
      <CommitField value={slide.caption} label={t.caption} multiline testId={`slide-caption-${index + 1}`} onCommit={(caption) => update({ caption })} />
      <div className="slide-row-tools">
        <button type="button" onClick={retake} disabled={!controller}>
          {t.retake}
        </button>
        <button type="button" onClick={() => store.run({ type: 'moveSlide', slideId: slide.id, toIndex: index - 1 })} disabled={index === 0} aria-label={t.moveUp} title={t.moveUp}>
          ↑
        </button>
        <button type="button" onClick={() => store.run({ type: 'moveSlide', slideId: slide.id, toIndex: index + 1 })} disabled={index >= count - 1} aria-label={t.moveDown} title={t.moveDown}>
          ↓
        </button>
        <button type="button" onClick={() => store.run({ type: 'deleteSlide', slideId: slide.id })} aria-label={t.remove} title={t.remove} data-testid={`slide-delete-${index + 1}`}>
          ✕
        </button>
      </div>
    </li>
  );
});

export function SlidesPanel() {
  const store = useStore();
  const controller = useMapController();
  const t = useText().slides;
  const slides = useAppSelector((s) => s.history.workspace.project.slides) ?? [];
  const current = useAppSelector((s) => s.currentSlide);
  const add = () => {
    if (!controller) return;
    const state = store.getState();
    const project = state.history.workspace.project;
    const count = project.slides?.length ?? 0;
    const slide = captureSlide(state, controller.getView(), newSlideId(project), t.defaultTitle(count + 1));
    store.run({ type: 'addSlide', slide });
    store.setCurrentSlide(count);
  };
  return (
    <div className="slides-panel">
      <h2>{t.heading}</h2>
      <p className="slides-intro">{t.intro}</p>
      <button type="button" onClick={add} disabled={!controller} data-testid="slide-add">
        {t.add}
      </button>
      {!controller && <p className="muted">{t.mapNotReady}</p>}
      {slides.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <ol className="slides-list">
          {slides.map((slide, index) => (
            <SlideRow key={slide.id} slide={slide} index={index} count={slides.length} current={current === index} />
          ))}
        </ol>
      )}
      <MeetingPackageButton />
    </div>
  );
}
