// What the Targets tab draws on the map, from the store's targetsView: the housing projects as of the
// slider's year (MapPane builds the style; this card shows its legend), and a commune/ward choropleth of the
// dwellings, places or temporary houses left per commune as of that year (a `choropleth` overlay spec), with
// its class breaks. The commune picked in the table is outlined.
import { useEffect, useMemo, useRef } from 'react';
import type { FeatureCollection } from 'geojson';
import { classifyChoropleth } from '../../domain/targets/classifyChoropleth.ts';
import type { TemporaryHousingSummary } from '../../domain/targets/summarizeTemporaryHousing.ts';
import type { Commune, ProgressReport } from '../../domain/targets/types.ts';
import { formatNumber } from '../../i18n/format.ts';
import { choroplethColors } from '../../map/choroplethColors.ts';
import { housingAsOfLegend } from '../../map/roleStyles.ts';
import { CHOROPLETH_MEASURES, type ChoroplethMeasure } from '../../state/targetsView.ts';
import { LegendSymbol } from '../LegendSymbol.tsx';
import { downloadFile } from '../downloadFile.ts';
import { useAppSelector, useLanguage, useStore, useText } from '../useAppState.ts';
import { useMapController } from '../mapControllerContext.ts';

export const CHOROPLETH_OVERLAY_KEY = 'targets-choropleth';

/** Each commune's value of the measure, in the communes' order. */
export function choroplethValues(measure: ChoroplethMeasure, communes: Commune[], report: ProgressReport, temporary: TemporaryHousingSummary | null): number[] {
  if (measure === 'temporary_remaining') {
    const left = new Map((temporary?.by_commune ?? []).map((c) => [c.code, c.remaining]));
    return communes.map((c) => left.get(c.code) ?? 0);
  }
  const rows = new Map(report.by_commune.map((r) => [r.code, r]));
  return communes.map((c) => rows.get(c.code)?.[measure].total ?? 0);
}

export function TargetsMapCard({ report, communes, temporary }: { report: ProgressReport; communes: Commune[]; temporary: TemporaryHousingSummary | null }) {
  const language = useLanguage();
  const T = useText().targets;
  const store = useStore();
  const view = useAppSelector((s) => s.targetsView);
  const measure = view.choropleth === 'temporary_remaining' && !temporary ? null : view.choropleth;
  const collection = useMemo<FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: communes.filter((c) => c.geometry).map((c) => ({ type: 'Feature', properties: { code: c.code, name: c.name }, geometry: c.geometry! })),
    }),
    [communes],
  );
  const mapped = useMemo(() => communes.filter((c) => c.geometry), [communes]);
  const classes = useMemo(() => (measure ? classifyChoropleth(choroplethValues(measure, mapped, report, temporary)) : null), [measure, mapped, report, temporary]);
  const colors = useMemo(() => (measure && classes ? choroplethColors(measure, classes.classes.length) : []), [measure, classes]);
  const version = useRef(0);

  useEffect(() => {
    if (!measure || !classes || collection.features.length === 0) {
      store.setOverlay(CHOROPLETH_OVERLAY_KEY, null);
      return;
    }
    version.current += 1;
    store.setOverlay(CHOROPLETH_OVERLAY_KEY, {
      kind: 'choropleth',
      communes: collection,
      classIndex: classes.classIndex,
      colors,
      highlight: view.commune === null ? -1 : mapped.findIndex((c) => c.code === view.commune),
      version: version.current,
    });
  }, [store, measure, classes, colors, collection, mapped, view.commune]);
  useEffect(() => () => store.setOverlay(CHOROPLETH_OVERLAY_KEY, null), [store]);

  const controller = useMapController();
  const exportMapPng = async () => {
    if (!controller) return;
    const url = await controller.snapshotWhenIdle();
    const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    downloadFile(`ban-do-noxh-${report.as_of}.png`, bytes, 'image/png');
  };
  const n = (v: number) => formatNumber(v, language, 0);
  const labels: Record<ChoroplethMeasure, string> = { dwellings: T.mapDwellings, places: T.mapPlaces, temporary_remaining: T.mapTemporary };
  const year = report.as_of;
  return (
    <div className="tg-card" data-testid="tg-map-card">
      <h3>{T.mapTitle} {year}</h3>
      <ul className="tg-map-legend" data-testid="tg-map-legend">
        {housingAsOfLegend(year).map((item) => (
          <li key={item.value}>
            <LegendSymbol shape={item.shape} color={item.color} />
            {item.label[language]}
          </li>
        ))}
      </ul>
      <fieldset className="tg-choropleth-pick">
        <legend className="small">{T.mapChoropleth}</legend>
        <label>
          <input type="radio" name="tg-choropleth" checked={measure === null} onChange={() => store.setTargetsView({ choropleth: null })} data-testid="tg-choropleth-off" />
          {T.mapNone}
        </label>
        {CHOROPLETH_MEASURES.map((m) => (
          <label key={m} className={m === 'temporary_remaining' && !temporary ? 'muted' : undefined}>
            <input
              type="radio"
              name="tg-choropleth"
              checked={measure === m}
              disabled={m === 'temporary_remaining' && !temporary}
              onChange={() => store.setTargetsView({ choropleth: m })}
              data-testid={`tg-choropleth-${m}`}
            />
            {labels[m]}
          </label>
        ))}
      </fieldset>
      {measure && classes && (
        <ul className="tg-map-legend" data-testid="tg-choropleth-legend">
          {classes.classes.map((c, i) => (
            <li key={i}>
              <LegendSymbol shape="fill" color={colors[i]} />
              {c.max === 0 ? '0' : c.min === c.max ? n(c.max) : `${n(c.min)} – ${n(c.max)}`} <span className="muted">({c.count} {T.communeWord})</span>
            </li>
          ))}
        </ul>
      )}
      {communes.length > 0 && collection.features.length === 0 && <p className="muted small">{T.noCommunes}</p>}
      <div className="tg-buttons">
        <button type="button" className="tg-button" onClick={() => void exportMapPng()} disabled={!controller} data-testid="tg-map-png">{T.exportMapPng}</button>
      </div>
    </div>
  );
}
