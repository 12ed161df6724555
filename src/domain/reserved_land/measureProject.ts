// Measures a commercial project once for all checks: its numbers, its reserved parcels (union, so
// overlaps count once), the urban areas it lies in, and which part of the reserve counts.
import type { Feature } from 'geojson';
import { geodesicAreaM2 } from '../geo/geodesicAreaM2.ts';
import { intersectPolygons } from '../geo/intersectPolygons.ts';
import { isPolygonal } from '../geo/polygonalGeometry.ts';
import { subtractPolygons } from '../geo/subtractPolygons.ts';
import { unionPolygons } from '../geo/unionPolygons.ts';
import { msg, type Message } from '../../i18n/message.ts';
import { normaliseUrbanClass, type ObligationForm, type ReservedLandRules } from './rules.ts';
import { readNumber, readString } from './readProperties.ts';
import { readPolicyApprovalDate } from './readPolicyApprovalDate.ts';
import { selectUrbanAreasInForce } from './selectUrbanAreasInForce.ts';
import type { AuditLayers, ProjectContext, UrbanMembership } from './types.ts';

const OBLIGATIONS: ObligationForm[] = ['land_in_project', 'land_elsewhere', 'payment'];

export function measureProject(feature: Feature, index: number, layers: AuditLayers, rules: ReservedLandRules): ProjectContext {
  const props = (feature.properties ?? {}) as Record<string, unknown>;
  const id = readString(props, 'id') ?? String(feature.id ?? `#${index + 1}`);
  const name = readString(props, 'name') ?? id;
  const dataProblems: Message[] = [];
  const where = { featureIndex: index, name };

  const boundary = isPolygonal(feature.geometry) ? feature.geometry : null;
  if (!boundary) {
    dataProblems.push(msg('audit.project-boundary-not-polygon', where));
  }

  const residentialM2 = readNumber(props, 'residential_land_m2');
  if (residentialM2 === null || residentialM2 < 0) {
    dataProblems.push(msg('audit.project-residential-missing', where));
  }
  const existingResidentialM2 = Math.max(0, readNumber(props, 'existing_residential_m2') ?? 0);
  const resettlementM2 = Math.max(0, readNumber(props, 'resettlement_m2') ?? 0);
  const netResidentialM2 =
    residentialM2 !== null && residentialM2 >= 0 ? Math.max(0, residentialM2 - existingResidentialM2 - resettlementM2) : null;
  if (residentialM2 !== null && residentialM2 >= 0 && existingResidentialM2 + resettlementM2 > residentialM2) {
    dataProblems.push(msg('audit.project-residential-exceeded', where));
  }
  const requiredM2 = netResidentialM2 === null ? null : rules.reserveShare01 * netResidentialM2;

  const parcels = layers.allParcels.filter((_, i) => layers.parcelProjectIds[i] === id);
  const reservedUnion = unionPolygons(parcels.map((p) => p.geometry));
  const measuredM2 = geodesicAreaM2(reservedUnion);

  // The class in force when the investment policy was approved (without a date: today's).
  const policyApprovedOn = readPolicyApprovalDate(props)?.date ?? null;
  const urbanMemberships: UrbanMembership[] = [];
  if (boundary && layers.urbanAreas) {
    selectUrbanAreasInForce(layers.urbanAreas, policyApprovedOn).forEach(({ index: uIndex, feature: u, decidedOn, laterClasses }) => {
      if (!isPolygonal(u.geometry)) return;
      const overlap = intersectPolygons(boundary, u.geometry);
      const overlapM2 = geodesicAreaM2(overlap);
      if (overlapM2 <= rules.sliverToleranceM2) return;
      const uProps = (u.properties ?? {}) as Record<string, unknown>;
      urbanMemberships.push({
        index: uIndex,
        name: readString(uProps, 'name') ?? `#${uIndex + 1}`,
        urbanClass: normaliseUrbanClass(uProps.urban_class),
        classDecision: readString(uProps, 'class_decision'),
        classDecidedOn: decidedOn,
        laterClasses,
        geometry: u.geometry,
        overlapM2,
      });
    });
  }
  const homeUrbanArea = urbanMemberships.reduce<UrbanMembership | null>((best, m) => (!best || m.overlapM2 > best.overlapM2 ? m : best), null);

  const declared = readString(props, 'obligation');
  let obligation: ObligationForm | null = declared && (OBLIGATIONS as string[]).includes(declared) ? (declared as ObligationForm) : null;
  let obligationInferred = false;
  if (declared && !obligation) {
    dataProblems.push(msg('audit.project-obligation-invalid', { ...where, declared }));
  }

  const insideBoundary = boundary && reservedUnion ? intersectPolygons(reservedUnion, boundary) : null;
  if (!obligation && !declared) {
    // Not stated: infer from the data, and say so in the report.
    obligationInferred = true;
    if (reservedUnion) obligation = geodesicAreaM2(insideBoundary) >= measuredM2 / 2 ? 'land_in_project' : 'land_elsewhere';
    else if (readNumber(props, 'paid_amount_vnd') !== null || props.payment_made !== undefined) obligation = 'payment';
    else obligationInferred = false;
  }

  let countedGeometry = reservedUnion;
  let outsideGeometry = null;
  if (reservedUnion && obligation === 'land_in_project') {
    countedGeometry = boundary ? insideBoundary : null;
    outsideGeometry = boundary ? subtractPolygons(reservedUnion, [boundary]) : reservedUnion;
  } else if (reservedUnion && obligation === 'land_elsewhere' && homeUrbanArea) {
    countedGeometry = intersectPolygons(reservedUnion, homeUrbanArea.geometry);
    outsideGeometry = subtractPolygons(reservedUnion, [homeUrbanArea.geometry]);
  }
  const countedM2 = geodesicAreaM2(countedGeometry);
  const outsideM2 = geodesicAreaM2(outsideGeometry);

  return {
    index,
    id,
    name,
    properties: props,
    boundary,
    boundaryAreaM2: geodesicAreaM2(boundary),
    obligation,
    obligationInferred,
    residentialM2,
    policyApprovedOn,
    existingResidentialM2,
    resettlementM2,
    netResidentialM2,
    requiredM2,
    dataProblems,
    parcels,
    reservedUnion,
    measuredM2,
    urbanMemberships,
    homeUrbanArea,
    countedGeometry,
    countedM2,
    outsideGeometry: outsideM2 > 0 ? outsideGeometry : null,
    outsideM2,
  };
}
