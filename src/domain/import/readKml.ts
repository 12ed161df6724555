// KML / KMZ driver over @tmcw/togeojson. The XML parser is passed in (the browser's DOMParser on the main
// thread); when none is given @xmldom/xmldom is used, which works in Node and in Web Workers (no DOMParser there).
// Folder names are kept as a `folder` property ("A / B"); styles are dropped; ExtendedData becomes properties.
import { kmlWithFolders } from '@tmcw/togeojson';
import { DOMParser as XmldomParser } from '@xmldom/xmldom';
import type { Feature, Geometry } from 'geojson';
import { ImportError } from './importError.ts';
import type { FieldInfo, XmlParserLike } from './importTypes.ts';

export interface KmlRead {
  features: Feature[];
  fields: FieldInfo[];
}

const STYLE_KEYS = /^(styleUrl|styleHash|styleMap|stroke|stroke-opacity|stroke-width|fill|fill-opacity|icon|icon-.*|label-.*|visibility)$/;

type Node = { type: 'folder'; meta: Record<string, unknown>; children: Node[] } | (Feature & { type: 'Feature' });

export function readKml(text: string, fileName: string, xmlParser?: XmlParserLike): KmlRead {
  const parser: XmlParserLike = xmlParser ?? new XmldomParser({ onError: () => undefined });
  let doc: unknown;
  try {
    doc = parser.parseFromString(text, 'text/xml');
  } catch {
    doc = null;
  }
  const root = doc as { getElementsByTagName?: (n: string) => ArrayLike<unknown> } | null;
  const parseError = root?.getElementsByTagName?.('parsererror');
  if (!root || !root.getElementsByTagName || (parseError && parseError.length > 0) || root.getElementsByTagName('kml').length === 0) {
    throw new ImportError('kml-invalid', { file: fileName });
  }
  const tree = kmlWithFolders(doc as Parameters<typeof kmlWithFolders>[0]) as unknown as { children: Node[] };
  const features: Feature[] = [];
  const fieldTypes = new Map<string, string>();
  const walk = (nodes: Node[], path: string[]) => {
    for (const node of nodes) {
      if (node.type === 'folder') {
        const name = typeof node.meta.name === 'string' ? node.meta.name : '';
        walk(node.children, name ? [...path, name] : path);
        continue;
      }
      const properties: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node.properties ?? {})) if (!STYLE_KEYS.test(k)) properties[k] = v;
      if (path.length) properties.folder = path.join(' / ');
      for (const [k, v] of Object.entries(properties)) if (!fieldTypes.has(k) && v != null) fieldTypes.set(k, typeof v);
      features.push({ type: 'Feature', properties, geometry: node.geometry as Geometry });
    }
  };
  walk(tree.children, []);
  return { features, fields: [...fieldTypes].map(([name, type]) => ({ name, type })) };
}
