// The registry form: one NOXH project's fields, its location picked (a point) or drawn (a boundary) on the
// map through the map's one drawing slot (MapController.startDrawing), and its commune/ward filled from the
// administrative layer when that has communes (else typed). Saving runs one named, undoable command.
import { useEffect, useState } from 'react';
import type { Feature, Geometry, Polygon } from 'geojson';
import { TerraDrawPointMode, TerraDrawPolygonMode } from 'terra-draw';
import { HOUSING_FORMS, HOUSING_STATUSES } from '../../domain/model/layerRoles.ts';
import { defaultUnitKind } from '../../domain/targets/defaultUnitKind.ts';
import { findCommuneOf } from '../../domain/targets/findCommuneOf.ts';
import { HOUSING_FORM_IDS, HOUSING_STATUS_IDS, type Commune, type HousingForm, type HousingStatus, type UnitKind } from '../../domain/targets/types.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { MessageCode } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { useMapController } from '../mapControllerContext.ts';
import { useLanguage, useStore, useText } from '../useAppState.ts';
import { draftProblems, featureOf, type DraftProblem, type ProjectDraft } from './projectDraft.ts';

type Drawing = 'point' | 'polygon' | null;

/** The registry's checks that stop a save (an unknown form or status cannot come from this form). */
const BLOCKING = new Set<MessageCode>(['targets.number-invalid', 'targets.year-invalid', 'targets.completion-before-start', 'targets.completed-without-year']);

export function RegistryForm({ initial, base, communes, onSave, onCancel }: {
  initial: ProjectDraft;
  /** The feature being edited (its other properties are kept), or undefined for a new project. */
  base?: Feature;
  communes: Commune[];
  onSave: (feature: Feature) => void;
  onCancel: () => void;
}) {
  const language = useLanguage();
  const T = useText().targets;
  const store = useStore();
  const controller = useMapController();
  const [draft, setDraft] = useState(initial);
  const [drawing, setDrawing] = useState<Drawing>(null);
  const [tried, setTried] = useState(false);
  const set = <K extends keyof ProjectDraft>(key: K, value: ProjectDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const placeAt = (geometry: Geometry) => {
    const commune = findCommuneOf(geometry, communes);
    setDraft((d) => ({ ...d, geometry, ...(commune ? { communeCode: commune.code, communeName: commune.name } : {}) }));
  };

  useEffect(() => {
    if (!drawing || !controller) return;
    const { draw, stop } = controller.startDrawing({
      modes: drawing === 'point' ? [new TerraDrawPointMode()] : [new TerraDrawPolygonMode()],
      prefixId: 'noxh-registry',
      onEnd: () => setDrawing(null),
    });
    draw.setMode(drawing);
    draw.on('finish', (id) => {
      const snapshot = draw.getSnapshotFeature(id);
      if (snapshot && (snapshot.geometry.type === 'Point' || snapshot.geometry.type === 'Polygon')) placeAt(snapshot.geometry as Geometry);
      setDrawing(null);
    });
    return stop;
    // placeAt reads only `communes`, which the effect does not need to follow mid-drawing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawing, controller]);

  // A drawn boundary stays visible on the map while the form is open.
  useEffect(() => {
    const g = draft.geometry;
    store.setOverlay('targets-location', g?.type === 'Polygon' ? { kind: 'drawn-site', feature: { type: 'Feature', properties: {}, geometry: g as Polygon } } : null);
  }, [store, draft.geometry]);
  useEffect(() => () => store.setOverlay('targets-location', null), [store]);

  const problems = draftProblems(draft);
  const problemText = (p: DraftProblem) =>
    p === 'name-missing' ? T.nameMissing : p === 'location-missing' ? T.locationMissing : p === 'area-invalid' ? T.areaInvalid : renderMessage(language, p);
  // Problems the domain still counts (a completed project without its year…) do not block; these do.
  const isBlocking = (p: DraftProblem) => typeof p === 'string' || BLOCKING.has(p.code);
  const blocking = problems.filter(isBlocking);
  const save = () => {
    setTried(true);
    if (blocking.length === 0) onSave(featureOf(draft, base));
  };

  const text = (key: 'name' | 'units' | 'floorAreaM2' | 'landAreaM2' | 'investor' | 'startYear' | 'completionYear' | 'communeCode' | 'communeName', label: string, numeric = false) => (
    <label className="tg-field">
      <span>{label}</span>
      <input type="text" inputMode={numeric ? 'numeric' : undefined} value={draft[key]} onChange={(e) => set(key, e.target.value)} data-testid={`tg-field-${key}`} />
    </label>
  );
  const g = draft.geometry;
  const where =
    g?.type === 'Point'
      ? `${T.locationPoint} ${formatNumber(g.coordinates[1], language, 5)}, ${formatNumber(g.coordinates[0], language, 5)}`
      : g
        ? T.locationPolygon
        : T.locationNone;
  const fromMap = !!g && draft.communeCode !== '' && communes.some((c) => c.code === draft.communeCode);

  return (
    <form className="tg-form" data-testid="tg-form" onSubmit={(e) => (e.preventDefault(), save())}>
      <h4>{base ? T.editProject : T.newProject}</h4>
      {text('name', T.name)}
      <div className="tg-field">
        <span>{T.location}</span>
        <div className="tg-location">
          <span className="muted" data-testid="tg-location">{where}</span>
          {controller ? (
            <>
              <button type="button" className="tg-button" onClick={() => setDrawing(drawing === 'point' ? null : 'point')} data-testid="tg-pick-point">
                {drawing === 'point' ? T.stopDrawing : T.pickPoint}
              </button>
              <button type="button" className="tg-button" onClick={() => setDrawing(drawing === 'polygon' ? null : 'polygon')} data-testid="tg-draw-polygon">
                {drawing === 'polygon' ? T.stopDrawing : T.drawPolygon}
              </button>
            </>
          ) : (
            <span className="muted">{T.mapNotReady}</span>
          )}
        </div>
        {drawing && <span className="muted small">{drawing === 'point' ? T.pickHelp : T.drawHelp}</span>}
      </div>
      <div className="tg-grid">
        {text('communeName', T.commune)}
        {text('communeCode', T.communeCode)}
      </div>
      {g && <p className="muted small">{fromMap ? T.communeFromMap : T.communeTyped}</p>}
      <div className="tg-grid">
        <label className="tg-field">
          <span>{T.form}</span>
          <select
            value={draft.form}
            data-testid="tg-field-form"
            onChange={(e) => {
              const form = e.target.value as HousingForm;
              // The counted unit follows the form unless the user chose one that differs from the old default.
              setDraft((d) => ({ ...d, form, unitKind: d.unitKind === defaultUnitKind(d.form) ? defaultUnitKind(form) : d.unitKind }));
            }}
          >
            {HOUSING_FORM_IDS.map((f) => (
              <option key={f} value={f}>{HOUSING_FORMS[f][language]}</option>
            ))}
          </select>
        </label>
        <label className="tg-field">
          <span>{T.unitKind}</span>
          <select value={draft.unitKind} onChange={(e) => set('unitKind', e.target.value as UnitKind)} data-testid="tg-field-unitKind">
            <option value="dwelling">{T.unitKindDwelling}</option>
            <option value="place">{T.unitKindPlace}</option>
          </select>
        </label>
        {text('units', T.units, true)}
        <label className="tg-field">
          <span>{T.status}</span>
          <select value={draft.status} onChange={(e) => set('status', e.target.value as HousingStatus)} data-testid="tg-field-status">
            {HOUSING_STATUS_IDS.map((s) => (
              <option key={s} value={s}>{HOUSING_STATUSES[s][language]}</option>
            ))}
          </select>
        </label>
        {text('startYear', T.startYear, true)}
        {text('completionYear', T.completionYear, true)}
        {text('floorAreaM2', T.floorArea, true)}
        {text('landAreaM2', T.landArea, true)}
      </div>
      {text('investor', T.investor)}
      {tried && problems.length > 0 && (
        <ul className="tg-problems" data-testid="tg-form-problems">
          {problems.map((p, i) => (
            <li key={i} className={isBlocking(p) ? 'tg-error' : 'muted'}>{problemText(p)}</li>
          ))}
        </ul>
      )}
      <div className="tg-buttons">
        <button type="submit" className="tg-button primary" data-testid="tg-save">{T.save}</button>
        <button type="button" className="tg-button" onClick={onCancel}>{T.cancel}</button>
      </div>
    </form>
  );
}
