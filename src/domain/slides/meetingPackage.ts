// The offline meeting package (issue 11): one HTML file holding the read-only viewer (its JS, CSS and fonts
// inlined by Vite) and the project — every layer's features inline, the styles, the scoring results on the map
// and the slides — in a <script type="application/json"> element the viewer reads: a small JSON envelope whose
// `payload` is the package's JSON gzipped and in base64 (the sample's 4.7 MB of GeoJSON is 1.7 MB so). The
// same builder serves the app's "Đóng gói trình chiếu" button and `npm run noxh -- package`.
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { decodeBase64, encodeBase64 } from './base64.ts';
import type { FeatureCollection } from 'geojson';
import type { LocalText } from '../model/layerRoles.ts';
import { migrateProjectDocument, type ProjectDocument, type ProjectLayer } from '../model/projectDocument.ts';
import { UserError } from '../model/userError.ts';
import { msg } from '../../i18n/message.ts';
import { slidesForLayerGroups } from './slidesForLayerGroups.ts';

export const MEETING_PACKAGE_FORMAT = 'noxh-meeting-package';

/** The template's placeholders: the data element's content, and the page title. Each occurs exactly once. */
export const MEETING_DATA_MARKER = '<!--NOXH_MEETING_DATA-->';
export const MEETING_TITLE_MARKER = '<!--NOXH_MEETING_TITLE-->';
/** The id of the <script type="application/json"> element that holds the package. */
export const MEETING_DATA_ELEMENT_ID = 'noxh-meeting-data';

/** What a feature panel drew on the map when the package was made (an audited project). */
export type PackagedOverlay = { kind: 'features'; spec: unknown };

/**
 * The score layer's values when the package was made (the layer itself is a `scenario-result` layer of the
 * project; its parcels are the candidate layers', by id). NaN has no JSON: null stands for it.
 */
export interface PackagedScoreLayer {
  candidateLayerIds: string[];
  offsets: Record<string, number>;
  scores: (number | null)[];
  ranks: (number | null)[];
  excludedBy: number[];
  breaks: number[];
  probability: { values: (number | null)[]; topK: number } | null;
  names: string[];
  constraintReasons: LocalText[];
  topN: number;
  compare: number[];
}

/** A score layer's values as the app and the CLI hold them (typed arrays, NaN for "none"). */
export interface ScoreLayerValues {
  /** Index of each candidate layer's first parcel in the per-parcel arrays. */
  offsets: Record<string, number>;
  /** Score 0–100 per parcel, NaN when excluded. */
  scores: Float64Array;
  /** Rank per parcel, 1 = best, NaN when excluded. */
  ranks: Float64Array;
  /** Index of the constraint that excludes each parcel, −1 none, −2 invalid geometry. */
  excludedBy: Int16Array;
  /** The score classes' limits (computeQuantileBreaks). */
  breaks: number[];
  /** Colour by P(top k) instead of the score class (after a sensitivity run). */
  probability: { values: Float64Array; topK: number } | null;
  /** The parcel's name (or id) per parcel, for tooltips. */
  names: string[];
  /** The scenario's constraint reasons by index (for tooltips and export). */
  constraintReasons: LocalText[];
  /** How many of the best parcels carry a rank label. */
  topN: number;
  /** Parcel indices of the sites compared, in the order of their letters A, B, C, D. */
  compare: number[];
}

const finiteOrNull = (values: Float64Array) => Array.from(values, (v) => (Number.isFinite(v) ? v : null));

/** The values as JSON for the package (the app's button and `npm run noxh -- package`). */
export function packageScoreValues(candidateLayerIds: string[], v: ScoreLayerValues): PackagedScoreLayer {
  return {
    candidateLayerIds,
    offsets: v.offsets,
    scores: finiteOrNull(v.scores),
    ranks: finiteOrNull(v.ranks),
    excludedBy: Array.from(v.excludedBy),
    breaks: v.breaks,
    probability: v.probability ? { values: finiteOrNull(v.probability.values), topK: v.probability.topK } : null,
    names: v.names,
    constraintReasons: v.constraintReasons,
    topN: v.topN,
    compare: v.compare,
  };
}

export interface MeetingPackage {
  format: typeof MEETING_PACKAGE_FORMAT;
  version: 1;
  /** ISO time the package was made. */
  createdAt: string;
  language: 'vi' | 'en';
  /** The project, every layer inline. */
  project: ProjectDocument;
  /** Said under the map when the data is illustrative (the sample's note). */
  datasetNote?: LocalText;
  overlays?: Record<string, PackagedOverlay>;
  /** The score layers' values, by layer id. */
  scoreLayers?: Record<string, PackagedScoreLayer>;
}

/**
 * The project with every layer's features stored in it (the package has no data folder to fetch from).
 * `dataOf` gives the loaded features of a layer that points at the bundled sample; a layer with none is left out.
 */
export function inlineProject(project: ProjectDocument, dataOf: (layer: ProjectLayer) => FeatureCollection | undefined): ProjectDocument {
  const layers: ProjectLayer[] = [];
  for (const layer of project.layers) {
    // A score layer keeps its place: its values travel beside the project (MeetingPackage.scoreLayers).
    if (layer.source.kind === 'inline' || layer.source.kind === 'scenario-result') {
      layers.push(layer);
      continue;
    }
    const data = dataOf(layer);
    if (data) layers.push({ ...layer, source: { kind: 'inline', data } });
  }
  return { ...project, layers };
}

/**
 * The package of a project (the app's button and the CLI): every layer inline; a project with no slides gets
 * one slide per layer group (slidesForLayerGroups), so the meeting file always has something to step through.
 */
export function assembleMeetingPackage(
  project: ProjectDocument,
  dataOf: (layer: ProjectLayer) => FeatureCollection | undefined,
  options: {
    language: 'vi' | 'en';
    now: Date;
    datasetNote?: LocalText | null;
    overlays?: Record<string, PackagedOverlay>;
    scoreLayers?: Record<string, PackagedScoreLayer>;
  },
): MeetingPackage {
  const inline = inlineProject(project, dataOf);
  const dataById = (id: string) => {
    const source = inline.layers.find((l) => l.id === id)?.source;
    return source?.kind === 'inline' ? source.data : undefined;
  };
  const slides = inline.slides?.length ? inline.slides : slidesForLayerGroups(inline, dataById);
  return {
    format: MEETING_PACKAGE_FORMAT,
    version: 1,
    createdAt: options.now.toISOString(),
    language: options.language,
    project: { ...inline, slides },
    ...(options.datasetNote ? { datasetNote: options.datasetNote } : {}),
    ...(options.overlays && Object.keys(options.overlays).length ? { overlays: options.overlays } : {}),
    ...(options.scoreLayers && Object.keys(options.scoreLayers).length ? { scoreLayers: options.scoreLayers } : {}),
  };
}

/**
 * JSON that cannot end the <script> element it sits in, nor start a comment or CDATA there: every `<`, `>`
 * and `&` is written as its \u escape (still the same JSON), and so are U+2028/U+2029.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const escapeHtmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Replaces the one occurrence of `marker` (a function replacement: `$` in the data is not a pattern). */
function replaceOnce(template: string, marker: string, text: string): string {
  const at = template.indexOf(marker);
  if (at < 0 || template.indexOf(marker, at + marker.length) >= 0) {
    throw new Error(`The meeting viewer template must hold ${marker} exactly once (rebuild it: npm run build:viewer)`);
  }
  return template.slice(0, at) + text + template.slice(at + marker.length);
}

/** What the data element holds: the package, gzipped JSON in base64 (or, `payload` absent, the package itself). */
interface PackageEnvelope {
  format: typeof MEETING_PACKAGE_FORMAT;
  encoding: 'gzip-base64';
  payload: string;
}

/** The package file: the viewer template with the package's data and title filled in. */
export function buildMeetingPackageHtml(template: string, pkg: MeetingPackage, options: { compress?: boolean } = {}): string {
  const title = pkg.project.slides?.[0]?.title || pkg.project.title;
  const data: MeetingPackage | PackageEnvelope =
    options.compress === false ? pkg : { format: MEETING_PACKAGE_FORMAT, encoding: 'gzip-base64', payload: encodeBase64(gzipSync(strToU8(JSON.stringify(pkg)), { level: 9 })) };
  // The title first: the data may contain the title marker's text, the template's <title> does not.
  return replaceOnce(replaceOnce(template, MEETING_TITLE_MARKER, escapeHtmlText(title)), MEETING_DATA_MARKER, jsonForScriptElement(data));
}

/** Reads the package back (the viewer, the tests): the project goes through the document's own checks. */
export function readMeetingPackage(text: string): MeetingPackage {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
    const envelope = raw as Partial<PackageEnvelope> | null;
    if (envelope?.encoding === 'gzip-base64' && typeof envelope.payload === 'string') raw = JSON.parse(strFromU8(gunzipSync(decodeBase64(envelope.payload))));
  } catch (error) {
    throw new UserError(msg('project.not-json', { detail: String(error) }));
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== MEETING_PACKAGE_FORMAT) {
    throw new UserError(msg('project.format-missing', { format: MEETING_PACKAGE_FORMAT }));
  }
  const pkg = raw as MeetingPackage;
  return { ...pkg, language: pkg.language === 'en' ? 'en' : 'vi', project: migrateProjectDocument(pkg.project) };
}
