import { useLayoutEffect, useRef, useState } from 'react';
import { COMMON_PROPERTIES, ROLE_SPECS } from '../domain/model/layerRoles.ts';
import { findLandUseCode } from '../domain/model/landUseCodes.ts';
import { formatPropertyValue } from '../i18n/format.ts';
import { msg } from '../i18n/message.ts';
import { renderMessage } from '../i18n/renderMessage.ts';
import { useCommunes } from './useCommunes.ts';
import { useAppSelector, useLanguage, useStore, useText } from './useAppState.ts';
import { useCadastreFeature } from './useCadastreFeatures.ts';

/** Below this map width the panel opens folded (at 1400 px with the scoring tab the map is about 840 px). */
const NARROW_MAP_PX = 1000;

/** The attributes of the clicked feature, with Vietnamese labels and units. Text is rendered as text, never HTML. */
export function FeaturePanel() {
  const store = useStore();
  const selection = useAppSelector((s) => s.selection);
  const layers = useAppSelector((s) => s.history.workspace.project.layers);
  const data = useAppSelector((s) => (s.selection ? s.layerData[s.selection.layerId] : undefined));
  const t = useText().app;
  const language = useLanguage();
  const { assign } = useCommunes();
  const tl = useText().scoreLayer;
  // Over the map, not a third column: the map keeps its width; folded, only the title stays. Over a narrow map
  // (a wide tool panel beside it, a small screen) it opens folded, so it hides no more than its title; the user's
  // own choice then holds.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [narrow, setNarrow] = useState(false);
  const ref = useRef<HTMLElement>(null);
  const shown = selection !== null;
  useLayoutEffect(() => {
    const parent = ref.current?.parentElement;
    if (!parent) return;
    const measure = () => setNarrow(parent.clientWidth < NARROW_MAP_PX);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    return () => observer.disconnect();
  }, [shown]);
  // A cadastre parcel's columns are read from its file when it is clicked.
  const packedFeature = useCadastreFeature(data?.status === 'packed' ? data : null, selection?.featureIndex ?? -1);
  const collapsed = chosen ?? narrow;
  const setCollapsed = (value: boolean) => setChosen(value);
  if (!selection) return null;
  const layer = layers.find((l) => l.id === selection.layerId);
  const feature = data?.status === 'ready' ? data.data.features[selection.featureIndex] : (packedFeature ?? undefined);
  if (!layer || !feature) return null;
  const spec = ROLE_SPECS[layer.role];
  const props = feature.properties ?? {};
  const known = [...spec.properties, ...COMMON_PROPERTIES];
  const knownKeys = new Set(known.map((p) => p.key));
  const rows = known.filter((p) => props[p.key] !== undefined && props[p.key] !== null && props[p.key] !== '');
  const others = Object.keys(props).filter((k) => !knownKeys.has(k));
  // A feature whose data names no commune (e.g. an imported one) gets the one it lies in; the admin units are communes.
  const namesCommune = ['commune_code', 'commune_name'].some((k) => props[k] !== undefined && props[k] !== null && String(props[k]).trim() !== '');
  const located = layer.role !== 'admin_unit' && !namesCommune && assign ? assign(feature.geometry) : null;
  const title = typeof props.name === 'string' ? props.name : typeof props.id === 'string' ? props.id : spec.label[language];

  return (
    <aside ref={ref} className={`panel feature-panel${collapsed ? ' collapsed' : ''}`} aria-label={t.featureDetails} data-testid="feature-panel">
      <div className="panel-head">
        <div>
          <div className="feature-layer">{layer.title[language]}</div>
          <h2 data-testid="feature-title">{title}</h2>
        </div>
        <span className="panel-head-buttons">
          <button
            type="button"
            className="icon-button"
            aria-label={collapsed ? tl.expandDetails : tl.collapseDetails}
            title={collapsed ? tl.expandDetails : tl.collapseDetails}
            aria-expanded={!collapsed}
            onClick={() => setCollapsed(!collapsed)}
            data-testid="feature-panel-collapse"
          >
            <span className={`chevron ${collapsed ? 'chevron-down' : 'chevron-up'}`} aria-hidden="true" />
          </button>
          <button type="button" className="icon-button" aria-label={t.close} onClick={() => store.select(null)}>
            ✕
          </button>
        </span>
      </div>
      {!collapsed && (
        <>
          <table className="attribute-table">
            <tbody>
              {rows.map((p) => {
                const code = p.key === 'landuse_code' ? findLandUseCode(props[p.key]) : undefined;
                return (
                  <tr key={p.key} data-testid={`attribute-${p.key}`}>
                    <th scope="row">{p.label[language]}</th>
                    <td>
                      {formatPropertyValue(props[p.key], p, language)}
                      {code && <span className="muted"> — {code.label[language]}</span>}
                    </td>
                  </tr>
                );
              })}
              {located && (
                <tr data-testid="attribute-commune_name">
                  <th scope="row">{renderMessage(language, msg('commune.column'))}</th>
                  <td>
                    {located.name}
                    <span className="muted"> — {renderMessage(language, msg('commune.computed'))}</span>
                  </td>
                </tr>
              )}
              {others.length > 0 && (
                <tr>
                  <th colSpan={2} className="subhead">
                    {t.otherProperties}
                  </th>
                </tr>
              )}
              {others.map((key) => (
                <tr key={key}>
                  <th scope="row">{key}</th>
                  <td>{formatPropertyValue(props[key], undefined, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {layer.metadata.illustrative && (
            <p className="note">
              <span className="badge">{t.illustrativeBadge}</span> {layer.metadata.note[language]}
            </p>
          )}
        </>
      )}
    </aside>
  );
}
