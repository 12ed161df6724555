// The caption of the slide being shown, over the map: its title (the page's <h1> in the meeting package), its
// caption and "n / N", with previous / next buttons. Shown in every mode (editing, presentation, the package):
// a component the shell places inside the map's frame; it draws nothing while no slide is shown.
import { useAppSelector, useStore, useText } from '../useAppState.ts';
import { useMapController } from '../mapControllerContext.ts';
import { playSlide, useSlideScoring } from './playSlide.ts';
import './slides.css';

export function SlideCaption({ closable = true, tabs = true }: { closable?: boolean; tabs?: boolean }) {
  const store = useStore();
  const controller = useMapController();
  const scoring = useSlideScoring();
  const t = useText().slides;
  const index = useAppSelector((s) => s.currentSlide);
  const slides = useAppSelector((s) => s.history.workspace.project.slides);
  const slide = index === null ? undefined : slides?.[index];
  if (index === null || !slide || !slides) return null;
  const go = (next: number) => playSlide(store, controller, next, { animate: true, tabs, scoring });
  return (
    <section className="slide-caption" aria-label={t.region} aria-live="polite" data-testid="slide-caption">
      <h1 className="slide-caption-title">{slide.title}</h1>
      {slide.caption && <p className="slide-caption-text">{slide.caption}</p>}
      <div className="slide-caption-bar">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0} aria-label={t.previous} title={t.previous}>
          ‹
        </button>
        <span className="slide-caption-counter" data-testid="slide-counter">
          {t.counter(index + 1, slides.length)}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= slides.length - 1} aria-label={t.next} title={t.next}>
          ›
        </button>
        {closable && (
          <button type="button" className="slide-caption-close" onClick={() => store.setCurrentSlide(null)} aria-label={t.close} title={t.close}>
            ×
          </button>
        )}
      </div>
    </section>
  );
}
