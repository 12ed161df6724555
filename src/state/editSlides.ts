// The meeting slides' commands (issue 11): add, change (rename, recaption, retake the view), move and delete
// one slide — each one undoable step with a readable note ("Thêm trang chiếu 3 "…"").
import type { LocalText } from '../domain/model/layerRoles.ts';
import type { Slide } from '../domain/slides/slide.ts';
import type { Workspace } from './commands.ts';
import { msg } from '../i18n/message.ts';
import { renderBoth } from '../i18n/renderMessage.ts';

export type EditSlidesCommand =
  /** Adds `slide` at `index` (default: at the end). */
  | { type: 'addSlide'; slide: Slide; index?: number }
  /** Changes some of a slide's fields: its title (rename), its caption, or the view it shows (retaken). */
  | { type: 'updateSlide'; slideId: string; changes: Partial<Omit<Slide, 'id'>> }
  | { type: 'moveSlide'; slideId: string; toIndex: number }
  | { type: 'deleteSlide'; slideId: string };

export const slidesOf = (workspace: Workspace): Slide[] => workspace.project.slides ?? [];

const withSlides = (workspace: Workspace, slides: Slide[]): Workspace => ({ ...workspace, project: { ...workspace.project, slides } });

export function applyEditSlides(workspace: Workspace, command: EditSlidesCommand): Workspace {
  const slides = slidesOf(workspace);
  switch (command.type) {
    case 'addSlide': {
      const rest = slides.filter((s) => s.id !== command.slide.id);
      const index = Math.max(0, Math.min(command.index ?? rest.length, rest.length));
      return withSlides(workspace, [...rest.slice(0, index), command.slide, ...rest.slice(index)]);
    }
    case 'updateSlide':
      return withSlides(
        workspace,
        slides.map((s) => (s.id === command.slideId ? { ...s, ...command.changes, id: s.id } : s)),
      );
    case 'moveSlide': {
      const slide = slides.find((s) => s.id === command.slideId);
      if (!slide) return workspace;
      const rest = slides.filter((s) => s.id !== command.slideId);
      const index = Math.max(0, Math.min(command.toIndex, rest.length));
      return withSlides(workspace, [...rest.slice(0, index), slide, ...rest.slice(index)]);
    }
    case 'deleteSlide':
      return withSlides(workspace, slides.filter((s) => s.id !== command.slideId));
  }
}

export function inverseOfEditSlides(workspace: Workspace, command: EditSlidesCommand): EditSlidesCommand {
  const slides = slidesOf(workspace);
  switch (command.type) {
    case 'addSlide': {
      const index = slides.findIndex((s) => s.id === command.slide.id);
      return index >= 0 ? { type: 'addSlide', slide: slides[index], index } : { type: 'deleteSlide', slideId: command.slide.id };
    }
    case 'updateSlide': {
      const slide = slides.find((s) => s.id === command.slideId);
      if (!slide) return command;
      // The previous value of every field the command changes (absent fields come back absent).
      const changes: Partial<Omit<Slide, 'id'>> = {};
      for (const key of Object.keys(command.changes) as (keyof Omit<Slide, 'id'>)[]) {
        (changes as Record<string, unknown>)[key] = slide[key];
      }
      return { type: 'updateSlide', slideId: command.slideId, changes };
    }
    case 'moveSlide': {
      const index = slides.findIndex((s) => s.id === command.slideId);
      return { type: 'moveSlide', slideId: command.slideId, toIndex: index };
    }
    case 'deleteSlide': {
      const index = slides.findIndex((s) => s.id === command.slideId);
      return index >= 0 ? { type: 'addSlide', slide: slides[index], index } : command;
    }
  }
}

export function describeEditSlides(workspace: Workspace, command: EditSlidesCommand): LocalText {
  const slides = slidesOf(workspace);
  const numberOf = (id: string) => slides.findIndex((s) => s.id === id) + 1;
  const titleOf = (id: string) => slides.find((s) => s.id === id)?.title ?? '';
  switch (command.type) {
    case 'addSlide': {
      const n = Math.min(command.index ?? slides.length, slides.length) + 1;
      return renderBoth(msg('history.slide-add', { n, title: command.slide.title }));
    }
    case 'updateSlide': {
      const n = numberOf(command.slideId);
      const { title, caption, view } = command.changes;
      if (title !== undefined && Object.keys(command.changes).length === 1) {
        return renderBoth(msg('history.slide-rename', { n, from: titleOf(command.slideId), to: title }));
      }
      if (caption !== undefined && Object.keys(command.changes).length === 1) {
        return renderBoth(msg('history.slide-caption', { n }));
      }
      if (view !== undefined) return renderBoth(msg('history.slide-view', { n }));
      return renderBoth(msg('history.slide-edit', { n }));
    }
    case 'moveSlide': {
      const from = numberOf(command.slideId);
      const to = Math.max(0, Math.min(command.toIndex, slides.length - 1)) + 1;
      return renderBoth(msg('history.slide-move', { title: titleOf(command.slideId), from, to }));
    }
    case 'deleteSlide':
      return renderBoth(msg('history.slide-delete', { n: numberOf(command.slideId), title: titleOf(command.slideId) }));
  }
}
