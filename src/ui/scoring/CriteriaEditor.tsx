// Criteria with enable toggles, source layer and attribute filter, transform and weight sliders that
// keep each budget at 100 % (groups have their own sliders). Edits go to the panel's draft scenario.
import { useState } from 'react';
import { ROLE_SPECS, type LayerRole } from '../../domain/model/layerRoles.ts';
import type { ProjectLayer } from '../../domain/model/projectDocument.ts';
import { effectiveWeights } from '../../domain/scoring/effectiveWeights.ts';
import { measureUnit, type AttributeFilter, type Criterion, type MeasureSpec, type Scenario } from '../../domain/scoring/scenario.ts';
import { AhpEditor } from './AhpEditor.tsx';
import { AttributeFilterEditor } from './AttributeFilterEditor.tsx';
import { DistanceModeEditor } from './DistanceModeEditor.tsx';
import { JobsMeasureEditor, readsParks } from './JobsMeasureEditor.tsx';
import { formatPct } from './formatScoring.ts';
import { NumberField } from './NumberField.tsx';
import { isCriterionEnabled, setCriterionEnabled, setCriterionShare, setGroupShare, sharesOf, updateCriterion } from './scenarioEdits.ts';
import { TransformEditor } from './TransformEditor.tsx';
import { useLanguage, useText } from '../useAppState.ts';

type Edit = (f: (s: Scenario) => Scenario) => void;

/** The unit the transform's thresholds are in. */
export function thresholdUnit(spec: MeasureSpec): string {
  const u = measureUnit(spec);
  return u === 'm' ? 'm' : u === 'min' ? 'min' : u === 'm2' ? 'm²' : u === 'share01' ? '(0–1)' : '';
}

function SourceEditor({ measure, layers, onChange }: { measure: MeasureSpec; layers: ProjectLayer[]; onChange: (m: MeasureSpec) => void }) {
  const language = useLanguage();
  const T = useText().scoring;
  const source = measure.source;
  if (!source) return <div className="sc-source muted">{T.sourceLayer}: {T.parcelItself}</div>;
  const role: LayerRole | undefined = source.role ?? layers.find((l) => l.id === source.layerId)?.role;
  const candidates = layers.filter((l) => l.role === role);
  const value = source.layerId ? `layer:${source.layerId}` : 'role';
  const setFilter = (f: AttributeFilter | undefined) => {
    const next = { ...source };
    if (f) next.filter = f;
    else delete next.filter;
    onChange({ ...measure, source: next });
  };
  return (
    <div className="sc-source">
      <label className="sc-inline">
        <span>{T.sourceLayer}</span>
        <select
          value={value}
          data-testid="criterion-source"
          onChange={(e) => {
            const v = e.target.value;
            const next = { ...source };
            if (v === 'role') {
              next.role = role;
              delete next.layerId;
            } else {
              next.layerId = v.slice('layer:'.length);
              delete next.role;
            }
            onChange({ ...measure, source: next });
          }}
        >
          <option value="role">
            {T.allLayersOfRole} “{role ? ROLE_SPECS[role].label[language] : '?'}”
          </option>
          {candidates.map((l) => (
            <option key={l.id} value={`layer:${l.id}`}>
              {l.title[language]}
            </option>
          ))}
        </select>
      </label>
      {measure.kind === 'count_within_radius' && (
        <label className="sc-inline">
          <span>{T.radius}</span>
          <NumberField label={T.radius} value={measure.radiusM ?? 500} min={1} commit="blur" onChange={(radiusM) => onChange({ ...measure, radiusM })} />
        </label>
      )}
      <AttributeFilterEditor source={source} layers={layers} onChange={setFilter} />
    </div>
  );
}

function WeightSlider({ share01, disabled, label, onChange, testId }: { share01: number; disabled: boolean; label: string; onChange: (s: number) => void; testId: string }) {
  return (
    <input
      type="range"
      className="sc-slider"
      min={0}
      max={100}
      step={1}
      value={Math.round(share01 * 100)}
      disabled={disabled}
      aria-label={label}
      data-testid={testId}
      onChange={(e) => onChange(Number(e.target.value) / 100)}
    />
  );
}

function CriterionRow(props: { scenario: Scenario; criterion: Criterion; share01: number; effective01: number; siblingsOn: number; layers: ProjectLayer[]; edit: Edit }) {
  const { criterion: c, share01, effective01, siblingsOn, layers, edit } = props;
  const language = useLanguage();
  const T = useText().scoring;
  const [open, setOpen] = useState(false);
  const on = isCriterionEnabled(c);
  const grouped = (props.scenario.groups?.length ?? 0) > 0;
  return (
    <li className={`sc-criterion${on ? '' : ' sc-off'}`} data-testid={`criterion-${c.id}`}>
      <div className="sc-criterion-head">
        <input type="checkbox" checked={on} aria-label={`${T.enabled}: ${c.label[language]}`} onChange={(e) => edit((s) => setCriterionEnabled(s, c.id, e.target.checked))} data-testid={`enable-${c.id}`} />
        <button type="button" className="sc-criterion-name" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} {c.label[language]}
        </button>
        <span className="sc-pct" data-testid={`weight-pct-${c.id}`}>
          {formatPct(on ? share01 : 0, language)}
          {grouped && on && <span className="muted"> ({formatPct(effective01, language, 1)})</span>}
        </span>
      </div>
      <WeightSlider share01={on ? share01 : 0} disabled={!on || siblingsOn < 2} label={`${T.weight}: ${c.label[language]}`} testId={`weight-${c.id}`} onChange={(v) => edit((s) => setCriterionShare(s, c.id, v))} />
      {open && (
        <div className="sc-criterion-body">
          <SourceEditor measure={c.measure} layers={layers} onChange={(measure) => edit((s) => updateCriterion(s, c.id, { measure }))} />
          {readsParks(c) && <JobsMeasureEditor criterion={c} onChange={(next) => edit((s) => updateCriterion(s, c.id, next))} />}
          {c.measure.kind === 'distance_to_nearest' && <DistanceModeEditor criterion={c} onChange={(next) => edit((s) => updateCriterion(s, c.id, next))} />}
          <TransformEditor transform={c.transform} unit={thresholdUnit(c.measure)} onChange={(transform) => edit((s) => updateCriterion(s, c.id, { transform }))} />
        </div>
      )}
    </li>
  );
}

export function CriteriaEditor({ scenario, layers, edit }: { scenario: Scenario; layers: ProjectLayer[]; edit: Edit }) {
  const language = useLanguage();
  const T = useText().scoring;
  const [mode, setMode] = useState<'direct' | 'ahp'>('direct');
  const groups = scenario.groups ?? [];
  const effective = effectiveWeights(scenario);
  const budgets: { id: string | null; label: string | null; indices: number[] }[] = groups.length
    ? groups.map((g) => ({ id: g.id, label: g.label[language], indices: scenario.criteria.map((c, i) => (c.group === g.id ? i : -1)).filter((i) => i >= 0) }))
    : [{ id: null, label: null, indices: scenario.criteria.map((_, i) => i) }];
  const groupShares = sharesOf(groups.map((g) => g.weight));
  return (
    <div className="sc-criteria">
      <div className="sc-mode" role="radiogroup" aria-label={T.criteria}>
        <button type="button" role="radio" aria-checked={mode === 'direct'} onClick={() => setMode('direct')}>
          {T.weightsDirect}
        </button>
        <button type="button" role="radio" aria-checked={mode === 'ahp'} onClick={() => setMode('ahp')} data-testid="ahp-mode">
          {T.weightsAhp}
        </button>
      </div>
      {mode === 'ahp' && <AhpEditor scenario={scenario} edit={edit} />}
      {groups.length > 0 && (
        <div className="sc-groups">
          <h4>{T.groups}</h4>
          {groups.map((g, gi) => (
            <div key={g.id} className="sc-group-weight">
              <span>{g.label[language]}</span>
              <span className="sc-pct">{formatPct(groupShares[gi], language)}</span>
              <WeightSlider share01={groupShares[gi]} disabled={groups.length < 2} label={`${T.group}: ${g.label[language]}`} testId={`group-weight-${g.id}`} onChange={(v) => edit((s) => setGroupShare(s, g.id, v))} />
            </div>
          ))}
        </div>
      )}
      {budgets.map((b) => {
        const weights = b.indices.map((i) => scenario.criteria[i].weight);
        const shares = sharesOf(weights);
        const on = weights.filter((w) => w > 0).length;
        return (
          <div key={b.id ?? 'all'} className="sc-budget">
            {b.label && <h4>{b.label}</h4>}
            <ul className="sc-criteria-list">
              {b.indices.map((i, k) => (
                <CriterionRow key={scenario.criteria[i].id} scenario={scenario} criterion={scenario.criteria[i]} share01={shares[k]} effective01={effective[i]} siblingsOn={on} layers={layers} edit={edit} />
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
