// Checks the slides of a project document (version 3 and later) before they reach the app: a tampered file is
// refused with a message naming the slide and the field, never a blank app later.
import type { SiteRef, Slide } from './slide.ts';
import { SLIDE_LIMITS } from './slide.ts';
import { checkText, failField, isRecord } from '../model/validateProjectLayer.ts';
import { UserError } from '../model/userError.ts';
import { msg } from '../../i18n/message.ts';
import type { MapView } from '../model/projectDocument.ts';

const place = (slideIndex: number, field: string) => ({ layerIndex: null, field: `slides[${slideIndex + 1}].${field}` });

function checkNumber(value: unknown, slideIndex: number, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) failField(place(slideIndex, field), 'number');
  return value;
}

function checkSlideView(value: unknown, slideIndex: number): MapView {
  if (!isRecord(value)) failField(place(slideIndex, 'view'), 'object');
  const center = value.center;
  if (!Array.isArray(center) || center.length !== 2 || typeof center[0] !== 'number' || typeof center[1] !== 'number' || !(Math.abs(center[0]) <= 180 && Math.abs(center[1]) <= 90)) {
    failField(place(slideIndex, 'view.center'), 'lon-lat');
  }
  return {
    center: [center[0], center[1]],
    zoom: checkNumber(value.zoom, slideIndex, 'view.zoom', 0, 24),
    bearing: checkNumber(value.bearing ?? 0, slideIndex, 'view.bearing', -360, 360),
    pitch: checkNumber(value.pitch ?? 0, slideIndex, 'view.pitch', 0, 85),
  };
}

function parseSlide(value: unknown, slideIndex: number): Slide {
  if (!isRecord(value)) failField(place(slideIndex, ''), 'object');
  const ids = value.visibleLayerIds;
  if (!Array.isArray(ids)) failField(place(slideIndex, 'visibleLayerIds'), 'list');
  if (ids.length > SLIDE_LIMITS.visibleLayers) {
    throw new UserError(msg('project.too-large', { layerIndex: null, field: `slides[${slideIndex + 1}].visibleLayerIds`, count: ids.length, limit: SLIDE_LIMITS.visibleLayers, unit: 'items' }));
  }
  const slide: Slide = {
    id: checkText(value.id, place(slideIndex, 'id')),
    title: checkText(value.title ?? '', place(slideIndex, 'title')),
    caption: checkText(value.caption ?? '', place(slideIndex, 'caption')),
    view: checkSlideView(value.view, slideIndex),
    visibleLayerIds: ids.map((id, i) => checkText(id, place(slideIndex, `visibleLayerIds[${i + 1}]`))),
  };
  if (value.tab !== undefined) slide.tab = checkText(value.tab, place(slideIndex, 'tab'));
  if (value.scenarioId !== undefined) slide.scenarioId = checkText(value.scenarioId, place(slideIndex, 'scenarioId'));
  if (value.auditProjectId !== undefined) slide.auditProjectId = checkText(value.auditProjectId, place(slideIndex, 'auditProjectId'));
  if (value.selection !== undefined) slide.selection = checkSiteRef(value.selection, slideIndex, 'selection');
  if (value.compare !== undefined) {
    const sites = value.compare;
    if (!Array.isArray(sites)) failField(place(slideIndex, 'compare'), 'list');
    if (sites.length > SLIDE_LIMITS.comparedSites) {
      throw new UserError(msg('project.too-large', { layerIndex: null, field: `slides[${slideIndex + 1}].compare`, count: sites.length, limit: SLIDE_LIMITS.comparedSites, unit: 'items' }));
    }
    slide.compare = sites.map((site, i) => checkSiteRef(site, slideIndex, `compare[${i + 1}]`));
  }
  return slide;
}

function checkSiteRef(value: unknown, slideIndex: number, field: string): SiteRef {
  if (!isRecord(value)) failField(place(slideIndex, field), 'object');
  const featureIndex = value.featureIndex;
  if (typeof featureIndex !== 'number' || !Number.isInteger(featureIndex) || featureIndex < 0) failField(place(slideIndex, `${field}.featureIndex`), 'number');
  return { layerId: checkText(value.layerId, place(slideIndex, `${field}.layerId`)), featureIndex };
}

/** The slides of a document; duplicate ids are refused (commands find a slide by its id). */
export function parseSlides(value: unknown): Slide[] {
  if (!Array.isArray(value)) failField({ layerIndex: null, field: 'slides' }, 'list');
  if (value.length > SLIDE_LIMITS.slides) {
    throw new UserError(msg('project.too-large', { layerIndex: null, field: 'slides', count: value.length, limit: SLIDE_LIMITS.slides, unit: 'items' }));
  }
  const slides = value.map(parseSlide);
  const seen = new Set<string>();
  slides.forEach((slide, i) => {
    if (seen.has(slide.id)) failField(place(i, 'id'), 'text');
    seen.add(slide.id);
  });
  return slides;
}
