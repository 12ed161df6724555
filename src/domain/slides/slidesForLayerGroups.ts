// The sample meeting's slides (`npm run noxh -- package --sample`): one slide per group of layers that belong
// together in a meeting (the province, land use, infrastructure, hazards, candidate land, housing), each showing
// its group's layers over the communes, framed on them for a 1280 × 720 projector.
import type { FeatureCollection } from 'geojson';
import type { LayerRole } from '../model/layerRoles.ts';
import type { ProjectDocument } from '../model/projectDocument.ts';
import type { Slide } from './slide.ts';
import { viewForBounds } from './viewForBounds.ts';

export interface LayerGroup {
  id: string;
  title: string;
  caption: string;
  /** Roles whose layers the slide shows; the first ones frame the camera (see `frame`). */
  roles: LayerRole[];
  /** How many of `roles` (from the first) the camera is fitted to. */
  frame: number;
}

export const MEETING_LAYER_GROUPS: LayerGroup[] = [
  { id: 'province', title: 'Tỉnh Quảng Ngãi: đơn vị hành chính và đô thị', caption: '96 xã, phường sau sắp xếp; các đô thị và mạng lưới giao thông chính.', roles: ['admin_unit', 'urban_area', 'transport'], frame: 1 },
  { id: 'land-use', title: 'Quy hoạch sử dụng đất', caption: 'Các khu chức năng theo quy hoạch.', roles: ['land_use_plan', 'admin_unit'], frame: 1 },
  { id: 'infrastructure', title: 'Khu công nghiệp, hạ tầng và tiện ích', caption: 'Nơi có việc làm và dịch vụ: khu, cụm công nghiệp; điện, nước; trường học, y tế, chợ.', roles: ['industrial_zone', 'utility', 'facility', 'transport', 'admin_unit'], frame: 1 },
  { id: 'hazards', title: 'Vùng nguy cơ thiên tai', caption: 'Ngập lụt và sạt lở: các vị trí trong vùng này bị loại khi chấm điểm.', roles: ['hazard', 'admin_unit'], frame: 1 },
  { id: 'candidates', title: 'Khu đất đề xuất cho nhà ở xã hội', caption: 'Các thửa đất được xem xét, trên nền đô thị và khu công nghiệp.', roles: ['candidate_site', 'urban_area', 'industrial_zone', 'admin_unit'], frame: 1 },
  { id: 'housing', title: 'Dự án nhà ở xã hội và quỹ đất 20 %', caption: 'Dự án NOXH, dự án nhà ở thương mại và quỹ đất 20 % dành cho NOXH.', roles: ['housing_project', 'commercial_project', 'reserved_land', 'admin_unit'], frame: 3 },
];

function boundsOf(collections: FeatureCollection[]): [number, number, number, number] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      w = Math.min(w, c[0]);
      e = Math.max(e, c[0]);
      s = Math.min(s, c[1]);
      n = Math.max(n, c[1]);
      return;
    }
    for (const child of c) visit(child);
  };
  for (const collection of collections) {
    for (const feature of collection.features) {
      const g = feature.geometry;
      if (!g) continue;
      if (g.type === 'GeometryCollection') for (const part of g.geometries) visit('coordinates' in part ? part.coordinates : null);
      else visit(g.coordinates);
    }
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

/** One slide per group that has layers in the project (groups with none are skipped), in the order above. */
export function slidesForLayerGroups(project: ProjectDocument, dataOf: (layerId: string) => FeatureCollection | undefined, viewport = { widthPx: 1280, heightPx: 720 }): Slide[] {
  const slides: Slide[] = [];
  for (const group of MEETING_LAYER_GROUPS) {
    const layers = project.layers.filter((l) => group.roles.includes(l.role));
    const own = layers.filter((l) => group.roles.slice(0, group.frame).includes(l.role));
    const framed = own.map((l) => dataOf(l.id)).filter((d): d is FeatureCollection => d !== undefined);
    const bounds = boundsOf(framed);
    if (!bounds || own.length === 0) continue;
    slides.push({
      id: `slide-${group.id}`,
      title: group.title,
      caption: group.caption,
      // Room at the bottom for the slide caption (about 150 px on a 720 px projector).
      view: viewForBounds(bounds, viewport.widthPx, viewport.heightPx, { top: 50, right: 50, bottom: 170, left: 50 }),
      visibleLayerIds: layers.map((l) => l.id),
    });
  }
  return slides;
}
