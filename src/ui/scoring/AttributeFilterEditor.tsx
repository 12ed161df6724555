// The attribute filter of a criterion's source: the property is picked from the properties present in
// the source features (imported layers included), values from the distinct values in the data (free
// text still possible), numeric thresholds with the data's range, and a live count of the features
// that pass — counted with the engine's own filter test.
import { useId, useMemo, useState } from 'react';
import type { Feature } from 'geojson';
import { ROLE_SPECS, type LayerRole, type PropertySpec } from '../../domain/model/layerRoles.ts';
import type { ProjectLayer } from '../../domain/model/projectDocument.ts';
import type { AttributeFilter, FilterOp, MeasureSource } from '../../domain/scoring/scenario.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useAppSelector, useLanguage, useText } from '../useAppState.ts';
import { parseNumberText } from './NumberField.tsx';
import { cachedSourceFeatures, cachedSourceSummary } from './cachedSourceSummary.ts';
import { countPassingFilter, defaultFilterProperty, sourceLayersOf, type PropertySummary } from './summarizeSourceProperties.ts';
import { msg } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';

const FILTER_OPS: FilterOp[] = ['in', 'not_in', 'eq', 'ne', 'gt', 'gte', 'lt', 'lte'];
const isNumericOp = (op: FilterOp) => op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte';
/** Above this many listed values a search box narrows the list. */
const SEARCH_FROM = 12;

/**
 * The number a stored threshold stands for, or null: the engine's reading, Number(v) (so "1,5" is not a
 * number here either). Only what the user types is read with parseNumberText (decimal comma, spaces).
 * An empty value counts as not set yet.
 */
export function thresholdOf(v: string | number | undefined): number | null {
  if (v === undefined || v === '') return null;
  const x = Number(v);
  return Number.isFinite(x) ? x : null;
}

/** A threshold that keeps every numeric feature: the minimum for gt/gte, the maximum for lt/lte. */
function seedThreshold(op: FilterOp, p: PropertySummary | undefined): (string | number)[] {
  if (!p?.numeric) return [];
  return [op === 'gt' || op === 'gte' ? p.numeric.min : p.numeric.max];
}

export function AttributeFilterEditor({ source, layers, onChange }: { source: MeasureSource; layers: ProjectLayer[]; onChange: (f: AttributeFilter | undefined) => void }) {
  const language = useLanguage();
  const F = useText().filter;
  const T = useText().scoring;
  const t = useText();
  const layerData = useAppSelector((s) => s.layerData);
  const { layerId, role: sourceRole } = source;
  const sourceLayers = useMemo(() => sourceLayersOf(layers, layerData), [layers, layerData]);
  const features = useMemo(() => cachedSourceFeatures({ layerId, role: sourceRole }, sourceLayers), [layerId, sourceRole, sourceLayers]);
  const filter = source.filter;
  // The property summary is only needed while the filter is on (built when it is turned on).
  const summary = useMemo(() => (filter ? cachedSourceSummary({ layerId, role: sourceRole }, sourceLayers) : null), [filter, layerId, sourceRole, sourceLayers]);
  const passing = useMemo(() => (filter ? countPassingFilter(features, filter) : features.length), [features, filter]);

  const role: LayerRole | undefined = layers.find((l) => l.id === layerId)?.role ?? sourceRole;
  const specOf = (name: string): PropertySpec | undefined => (role ? ROLE_SPECS[role].properties.find((p) => p.key === name) : undefined);
  const current = filter ? summary?.properties.find((p) => p.name === filter.property) : undefined;
  const total = features.length;
  const n = (v: number) => formatNumber(v, language);

  const toggle = (on: boolean) =>
    onChange(on ? { property: defaultFilterProperty(cachedSourceSummary({ layerId, role: sourceRole }, sourceLayers)), op: 'in', values: [] } : undefined);
  return (
    <>
      <label className="sc-inline">
        <input type="checkbox" checked={!!filter} onChange={(e) => toggle(e.target.checked)} data-testid="filter-toggle" />
        <span>{T.filter}</span>
      </label>
      {filter && summary && (
        <div className="sc-afilter" data-testid="attribute-filter">
          <div className="sc-afilter-row">
            <select
              aria-label={F.property}
              title={F.property}
              value={filter.property}
              data-testid="filter-property"
              onChange={(e) => {
                const property = e.target.value;
                const next = summary.properties.find((p) => p.name === property);
                // Values of another property mean nothing here; a threshold restarts at the data's range.
                onChange({ ...filter, property, values: isNumericOp(filter.op) ? seedThreshold(filter.op, next) : [] });
              }}
            >
              {!current && (
                <option value={filter.property}>
                  {filter.property} — {F.notInData}
                </option>
              )}
              {summary.properties.map((p) => {
                const spec = specOf(p.name);
                return (
                  <option key={p.name} value={p.name}>
                    {spec ? `${spec.label[language]} (${p.name})` : p.name} · {n(p.featureCount)}/{n(total)} {F.features}
                  </option>
                );
              })}
            </select>
            <select
              aria-label={F.operator}
              title={F.operator}
              value={filter.op}
              data-testid="filter-op"
              onChange={(e) => {
                const op = e.target.value as FilterOp;
                if (isNumericOp(op)) {
                  const x = thresholdOf(filter.values[0]);
                  onChange({ ...filter, op, values: x !== null ? [x] : seedThreshold(op, current) });
                } else if (op === 'eq' || op === 'ne') onChange({ ...filter, op, values: filter.values.slice(0, 1) });
                else onChange({ ...filter, op });
              }}
            >
              {FILTER_OPS.map((op) => (
                <option key={op} value={op}>
                  {t.op[op]}
                </option>
              ))}
            </select>
          </div>
          {isNumericOp(filter.op) ? (
            <ThresholdInput filter={filter} property={current} onChange={onChange} />
          ) : (
            <ValuePicker filter={filter} property={current} spec={specOf(filter.property)} features={features} onChange={onChange} />
          )}
          {total === 0 ? (
            <div className="sc-warning sc-small" data-testid="filter-count">
              {F.noSourceFeatures}
            </div>
          ) : (
            <div className={passing === 0 ? 'sc-warning sc-small' : 'sc-afilter-count'} data-testid="filter-count" aria-live="polite">
              <strong>
                {n(passing)} / {n(total)}
              </strong>{' '}
              {F.passing}
              {passing === 0 && <div data-testid="filter-none">{F.nonePass}</div>}
            </div>
          )}
        </div>
      )}
    </>
  );
}

function ValuePicker(props: { filter: AttributeFilter; property: PropertySummary | undefined; spec: PropertySpec | undefined; features: readonly Feature[]; onChange: (f: AttributeFilter) => void }) {
  const { filter, property, spec, features, onChange } = props;
  const language = useLanguage();
  const F = useText().filter;
  const T = useText().scoring;
  const n = (v: number) => formatNumber(v, language);
  const multiple = filter.op === 'in' || filter.op === 'not_in';
  const radioName = useId();
  const [search, setSearch] = useState('');
  const [other, setOther] = useState('');

  const listed = property?.values ?? [];
  const chosen = filter.values.map(String);
  const chosenSet = new Set(multiple ? chosen : chosen.slice(0, 1));
  // Chosen values outside the listed (most frequent) ones stay visible, with their own count.
  const listedSet = new Set(listed.map((v) => v.value));
  // Joined into one string so the counts are only redone when these values change (not on every slider move).
  const extraKey = [...chosenSet].filter((v) => !listedSet.has(v)).join('\u0000');
  const propertyName = filter.property;
  const extra = useMemo(
    () => (extraKey ? extraKey.split('\u0000') : []).map((value) => ({ value, count: countPassingFilter(features, { property: propertyName, op: 'eq', values: [value] }) })),
    [extraKey, features, propertyName],
  );
  const needle = search.trim().toLocaleLowerCase(language);
  const matches = (value: string) => !needle || value.toLocaleLowerCase(language).includes(needle) || !!spec?.values?.[value]?.[language].toLocaleLowerCase(language).includes(needle);
  const rows = [...extra, ...listed.filter((v) => chosenSet.has(v.value) || matches(v.value))];

  const setValues = (values: string[]) => onChange({ ...filter, values });
  const pick = (value: string, on: boolean) => {
    if (!multiple) return setValues([value]);
    setValues(on ? [...chosen.filter((v) => v !== value), value] : chosen.filter((v) => v !== value));
  };
  const addOther = () => {
    const typed = other.split(',').map((v) => v.trim()).filter(Boolean);
    if (typed.length === 0) return;
    if (multiple) setValues([...chosen, ...typed.filter((v) => !chosen.includes(v))]);
    else setValues([typed[0]]);
    setOther('');
  };
  const hint = multiple ? (filter.op === 'in' ? F.keepValues : F.dropValues) : F.pickValue;
  return (
    <div className="sc-afilter-values">
      <div className="muted sc-small">{hint}</div>
      {listed.length >= SEARCH_FROM && (
        <input className="sc-text" type="search" placeholder={F.findValue} aria-label={F.findValue} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="filter-search" />
      )}
      {rows.length > 0 ? (
        <div className="sc-afilter-list" role="group" aria-label={T.filterValues} data-testid="filter-values">
          {rows.map((v) => {
            const label = spec?.values?.[v.value]?.[language];
            return (
              <label key={v.value} className={`sc-afilter-value${v.count === 0 ? ' sc-afilter-missing' : ''}`} data-testid="filter-value">
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={multiple ? undefined : radioName}
                  checked={chosenSet.has(v.value)}
                  onChange={(e) => pick(v.value, e.target.checked)}
                />
                <span className="sc-afilter-text">
                  {v.value}
                  {label && <span className="muted"> — {label}</span>}
                </span>
                <span className="sc-afilter-n muted">{v.count === 0 ? F.notInData : n(v.count)}</span>
              </label>
            );
          })}
        </div>
      ) : (
        !property?.values.length && <div className="muted sc-small">{F.noValues}</div>
      )}
      {property && property.distinctCount > listed.length && (
        <div className="muted sc-small">
          {F.topValues} {n(listed.length)} {F.of} {property.distinctCapped ? '> ' : ''}
          {n(property.distinctCount)} {F.distinctValues}
        </div>
      )}
      <div className="sc-afilter-row">
        <input
          className="sc-text sc-wide"
          value={other}
          placeholder={multiple ? F.otherValue : F.otherValueSingle}
          aria-label={multiple ? F.otherValue : F.otherValueSingle}
          data-testid="filter-other"
          onChange={(e) => setOther(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && addOther()}
        />
        <button type="button" className="sc-button" onClick={addOther} disabled={!other.trim()} data-testid="filter-other-add">
          {multiple ? F.add : F.set}
        </button>
      </div>
    </div>
  );
}

function ThresholdInput({ filter, property, onChange }: { filter: AttributeFilter; property: PropertySummary | undefined; onChange: (f: AttributeFilter) => void }) {
  const language = useLanguage();
  const F = useText().filter;
  const n = (v: number) => formatNumber(v, language, 6);
  const value = thresholdOf(filter.values[0]);
  // The text being typed; the stored threshold otherwise (shown with the Vietnamese decimal comma).
  const [editing, setEditing] = useState<string | null>(null);
  const shown = editing ?? (value === null ? String(filter.values[0] ?? '') : renderMessage(language, msg('ui.number-input', { value })));
  const valid = parseNumberText(shown) !== null;
  const send = () => {
    const x = parseNumberText(shown);
    if (x !== null && x !== value) onChange({ ...filter, values: [x] });
  };
  const numeric = property?.numeric;
  return (
    <div className="sc-afilter-values">
      <label className="sc-inline">
        <span>{F.threshold}</span>
        <input
          className="sc-number"
          type="text"
          inputMode="decimal"
          aria-label={F.threshold}
          aria-invalid={!valid}
          data-testid="filter-threshold"
          value={shown}
          onFocus={() => setEditing(shown)}
          onChange={(e) => setEditing(e.target.value)}
          onBlur={() => {
            send();
            setEditing(null);
          }}
          onKeyDown={(e) => e.key === 'Enter' && send()}
        />
      </label>
      {!valid && <span className="sc-error sc-small">{F.invalidNumber}</span>}
      {numeric ? (
        <div className="muted sc-small" data-testid="filter-range">
          {F.inData}: {n(numeric.min)} {F.to} {n(numeric.max)} ({formatNumber(numeric.count, language)} {F.numericValues})
        </div>
      ) : (
        <div className="sc-warning sc-small">{F.noNumeric}</div>
      )}
    </div>
  );
}
