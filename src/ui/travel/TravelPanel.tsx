// The Travel tab: isochrones to an industrial park, a station or a point picked on the map (bands drawn on
// the map, candidate parcels and estimated population per band), and the road network's problems (listed
// with counts, click to zoom, drawn as markers). The computing runs in the travel worker.
import { useEffect, useMemo, useState } from 'react';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { TerraDrawPointMode } from 'terra-draw';
import type { LayerRole, LocalText } from '../../domain/model/layerRoles.ts';
import type { ProjectLayer } from '../../domain/model/projectDocument.ts';
import { TRAVEL_MODES, type TravelMode } from '../../domain/network/roadSpeeds.ts';
import { DEFAULT_BANDS_MIN } from '../../domain/network/traceIsochroneBands.ts';
import { formatNumber } from '../../i18n/format.ts';
import { msg } from '../../i18n/message.ts';
import { renderMessage, uiTextBoth } from '../../i18n/renderMessage.ts';
import { bandColor, hexOf, PROBLEM_COLORS } from '../../map/buildTravelLayers.ts';
import type { LayerData } from '../../state/store.ts';
import { failureText } from '../../workers/rpc/createRpcClient.ts';
import { useServices } from '../appServices.ts';
import { useMapController } from '../mapControllerContext.ts';
import { useAppSelector, useLanguage, useStore, useText } from '../useAppState.ts';
import { sameRoads, type FoundProblems, type ShownIsochrones } from './travelService.ts';
import './travel.css';

const ISO_OVERLAY = 'travel-isochrones';
const PROBLEM_OVERLAY = 'travel-problems';

/** The features of every loaded layer of a role (sample or imported, inline or fetched). */
function featuresOfRole(layers: ProjectLayer[], layerData: Record<string, LayerData>, role: LayerRole): Feature[][] {
  return layers.flatMap((layer) => {
    if (layer.role !== role) return [];
    const entry = layerData[layer.id];
    const data: FeatureCollection | null = layer.source.kind === 'inline' ? layer.source.data : entry?.status === 'ready' ? entry.data : null;
    return data ? [data.features] : [];
  });
}

interface Origin {
  key: string;
  label: string;
  geometry: Geometry;
}

const formatKm2 = (areaM2: number, language: 'vi' | 'en') => `${formatNumber(areaM2 / 1e6, language, 1)} km²`;

/** "5, 10, 15, 30" → [5, 10, 15, 30] (null when any is not a positive number). */
export function parseBands(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean).map((p) => Number(p.replace(',', '.')));
  if (parts.length === 0 || parts.some((x) => !(x > 0) || x > 600)) return null;
  return [...new Set(parts)].sort((a, b) => a - b);
}

export function TravelPanel() {
  const T = useText().travel;
  const language = useLanguage();
  const store = useStore();
  const controller = useMapController();
  const service = useServices().travel;
  const layers = useAppSelector((s) => s.history.workspace.project.layers);
  const layerData = useAppSelector((s) => s.layerData);
  const roads = useMemo(() => featuresOfRole(layers, layerData, 'transport'), [layers, layerData]);
  const parks = useMemo(() => featuresOfRole(layers, layerData, 'industrial_zone').flat().filter((f) => f.geometry && f.properties?.kind !== 'KKT'), [layers, layerData]);
  const communes = useMemo(() => featuresOfRole(layers, layerData, 'admin_unit').flat(), [layers, layerData]);
  const parcels = useMemo(() => featuresOfRole(layers, layerData, 'candidate_site').flat(), [layers, layerData]);

  const [picked, setPicked] = useState<[number, number] | null>(null);
  const origins = useMemo<Origin[]>(() => {
    const out: Origin[] = parks.map((f, i) => ({ key: `park:${i}`, label: `${T.originPark}: ${String(f.properties?.name ?? i + 1)}`, geometry: f.geometry }));
    roads.flat().forEach((f, i) => {
      if (f.properties?.class === 'station' && f.geometry) out.push({ key: `station:${i}`, label: `${T.originStation}: ${String(f.properties?.name ?? i + 1)}`, geometry: f.geometry });
    });
    if (picked) out.push({ key: 'picked', label: T.originPicked, geometry: { type: 'Point', coordinates: picked } as Point });
    return out;
  }, [parks, roads, picked, T]);

  const shownBefore = service.shown();
  const [originKey, setOriginKey] = useState(shownBefore?.originKey ?? 'park:0');
  const [mode, setMode] = useState<TravelMode>(shownBefore?.mode ?? 'motorbike');
  const [bandsText, setBandsText] = useState(shownBefore?.bandsText ?? DEFAULT_BANDS_MIN.join(', '));
  const [shown, setShown] = useState<ShownIsochrones | null>(shownBefore);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<LocalText | null>(null);
  const [picking, setPicking] = useState(false);
  const bands = parseBands(bandsText);
  const origin = origins.find((o) => o.key === originKey) ?? null;

  // Picking a point: the map's one drawing slot, in point mode; the point becomes the destination.
  useEffect(() => {
    if (!picking || !controller) return;
    const { draw, stop } = controller.startDrawing({ modes: [new TerraDrawPointMode()], onEnd: () => setPicking(false) });
    draw.setMode('point');
    draw.on('finish', (id) => {
      const f = draw.getSnapshotFeature(id);
      if (f?.geometry.type === 'Point') {
        const [lon, lat] = f.geometry.coordinates as number[];
        setPicked([lon, lat]);
        setOriginKey('picked');
      }
      setPicking(false);
    });
    return stop;
  }, [picking, controller]);

  const compute = async () => {
    if (!origin || !bands) return;
    setRunning(true);
    setError(null);
    try {
      const result = await service.computeIsochrones({ roads, communes, parcels }, { origin: origin.geometry, mode, bandsMin: bands });
      const next: ShownIsochrones = { originKey: origin.key, mode, bandsText, result };
      service.setShown(next);
      setShown(next);
    } catch (e) {
      setError(failureText(e, uiTextBoth((t) => t.travel.notReached)));
    } finally {
      setRunning(false);
    }
  };
  const clear = () => {
    service.setShown(null);
    setShown(null);
  };

  // The isochrones on the map while this tab shows them.
  useEffect(() => {
    const o = shown ? origins.find((x) => x.key === shown.originKey) : null;
    store.setOverlay(ISO_OVERLAY, shown && o ? { kind: 'isochrones', bandsMin: shown.result.bandsMin, ground: shown.result.ground, roads: shown.result.roads, origin: o.geometry } : null);
  }, [store, shown, origins]);
  useEffect(() => () => store.setOverlay(ISO_OVERLAY, null), [store]);

  if (roads.length === 0) return <div className="tr-panel"><h2>{T.title}</h2><p className="muted">{T.needRoads}</p></div>;
  const r = shown?.result;
  const totals = r ? r.bands.reduce((a, b) => ({ parcels: a.parcels + b.parcels, population: a.population + b.population, areaM2: a.areaM2 + b.areaM2 }), { parcels: 0, population: 0, areaM2: 0 }) : null;
  return (
    <div className="tr-panel" data-testid="travel-panel">
      <h2>{T.title}</h2>
      <p className="muted tr-small">{T.intro}</p>
      <label className="tr-field">
        {T.origin}
        <select value={originKey} onChange={(e) => setOriginKey(e.target.value)} data-testid="travel-origin">
          {origins.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <div className="tr-buttons">
        <button type="button" className="tr-button" disabled={!controller} onClick={() => setPicking(!picking)} data-testid="travel-pick">
          {picking ? T.picking : T.pick}
        </button>
        {picked && (
          <span className="muted tr-small">
            {T.pickedAt}: {formatNumber(picked[1], language, 5)}, {formatNumber(picked[0], language, 5)}
          </span>
        )}
      </div>
      <label className="tr-field">
        {T.mode}
        <select value={mode} onChange={(e) => setMode(e.target.value as TravelMode)} data-testid="travel-mode">
          {TRAVEL_MODES.map((m) => (
            <option key={m} value={m}>
              {T.modes[m]}
            </option>
          ))}
        </select>
      </label>
      <label className="tr-field">
        {T.bands}
        <input value={bandsText} onChange={(e) => setBandsText(e.target.value)} data-testid="travel-bands" />
      </label>
      {!bands && <p className="tr-error">{T.bandsInvalid}</p>}
      <div className="tr-buttons">
        <button type="button" className="tr-button primary" disabled={!origin || !bands || running} onClick={() => void compute()} data-testid="travel-compute">
          {running ? T.computing : T.compute}
        </button>
        {shown && (
          <button type="button" className="tr-button" onClick={clear}>
            {T.clear}
          </button>
        )}
      </div>
      {error && <p className="tr-error">{error[language]}</p>}
      {r && !r.reached && <p className="tr-error">{T.notReached}</p>}
      {r && r.reached && totals && (
        <>
          <table className="tr-table" data-testid="travel-bands-table">
            <thead>
              <tr>
                <th>{T.band}</th>
                <th>{T.parcels}</th>
                <th>{T.population}</th>
                <th>{T.area}</th>
              </tr>
            </thead>
            <tbody>
              {r.bands.map((b, i) => (
                <tr key={b.bandMin} data-testid="travel-band-row" data-band={b.bandMin}>
                  <td>
                    <span className="tr-swatch" style={{ background: hexOf(bandColor(i, r.bands.length)) }} />
                    {T.bandRange(formatNumber(i === 0 ? 0 : r.bands[i - 1].bandMin, language), formatNumber(b.bandMin, language))}
                  </td>
                  <td data-testid="travel-band-parcels">{formatNumber(b.parcels, language)}</td>
                  <td data-testid="travel-band-population">{formatNumber(Math.round(b.population), language)}</td>
                  <td>{formatKm2(b.areaM2, language)}</td>
                </tr>
              ))}
              <tr className="tr-total">
                <td>{T.total}</td>
                <td>{formatNumber(totals.parcels, language)}</td>
                <td>{formatNumber(Math.round(totals.population), language)}</td>
                <td>{formatKm2(totals.areaM2, language)}</td>
              </tr>
            </tbody>
          </table>
          <p className="muted tr-small">{T.populationNote}</p>
        </>
      )}
      <GraphProblems roads={roads} />
    </div>
  );
}

/** The road graph's problems: counts by kind, a list to click (zoom), markers on the map. */
function GraphProblems({ roads }: { roads: Feature[][] }) {
  const T = useText().travel;
  const language = useLanguage();
  const store = useStore();
  const controller = useMapController();
  const service = useServices().travel;
  const [found, setFound] = useState<FoundProblems | null>(() => service.problems());
  const problems = sameRoads(found, roads) ? found.problems : null;
  const [selected, setSelected] = useState<number | null>(null);
  const [markers, setMarkers] = useState(true);

  const known = problems !== null;
  useEffect(() => {
    if (known) return;
    let live = true;
    service.findRoadProblems(roads).then(
      (list) => {
        const next = { roads, problems: list };
        service.setProblems(next);
        if (live) setFound(next);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [roads, known, service]);

  useEffect(() => {
    store.setOverlay(PROBLEM_OVERLAY, problems && markers && problems.length > 0 ? { kind: 'graph-problems', problems: problems.map((p) => ({ kind: p.kind, lon: p.lon, lat: p.lat })), selected } : null);
  }, [store, problems, markers, selected]);
  useEffect(() => () => store.setOverlay(PROBLEM_OVERLAY, null), [store]);

  const zoomTo = (i: number) => {
    const p = problems![i];
    setSelected(i);
    const d = 0.004;
    controller?.fitBounds([p.lon - d, p.lat - d, p.lon + d, p.lat + d]);
  };
  const kinds = ['disconnected_part', 'dangling_end', 'crossing_without_node'] as const;
  return (
    <section className="tr-problems" data-testid="travel-problems">
      <h3>{T.problemsTitle}</h3>
      <p className="muted tr-small">{T.problemsIntro}</p>
      {!problems && <p className="muted">{T.problemsLoading}</p>}
      {problems && problems.length === 0 && <p>{T.problemsNone}</p>}
      {problems && problems.length > 0 && (
        <>
          <ul className="tr-counts">
            {kinds.map((k) => (
              <li key={k} data-testid={`travel-problem-count-${k}`} data-count={problems.filter((p) => p.kind === k).length}>
                <span className="tr-swatch round" style={{ background: hexOf(PROBLEM_COLORS[k]) }} />
                {T.problemKinds[k]}: <strong>{formatNumber(problems.filter((p) => p.kind === k).length, language)}</strong>
              </li>
            ))}
          </ul>
          <label className="tr-small">
            <input type="checkbox" checked={markers} onChange={(e) => setMarkers(e.target.checked)} /> {T.showMarkers}
          </label>
          <ol className="tr-problem-list">
            {problems.map((p, i) => (
              <li key={i}>
                <button type="button" className={`tr-link${i === selected ? ' selected' : ''}`} onClick={() => zoomTo(i)} data-testid="travel-problem">
                  {renderMessage(language, msg('network.problem', { problem: p }))}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
