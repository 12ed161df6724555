// AHP weights for the whole hierarchy: the group matrix and every group's criteria matrix (one
// collapsible section each, Saaty 1–9 selects in the upper triangle, the reciprocal below), each with
// its local weights, λmax, CI, CR, a warning when CR > 0.10 and the judgement that deviates most; then
// the global weights (group × local) next to the weights in use, Saaty's hierarchic CR, and one button
// that applies every level as one undoable edit. Without groups it is one matrix of the criteria.
// The judgements entered stay while the app is open (also across the Direct/AHP switch): they are kept in the
// app's services (`ahpJudgements`), one map per app.
import { useMemo, useState } from 'react';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import { isUserError } from '../../domain/model/userError.ts';
import type { Scenario } from '../../domain/scoring/scenario.ts';
import { formatNumber } from '../../i18n/format.ts';
import { nearestSaaty, SAATY_CHOICES, saatyLabel, setUpperCell } from './ahpMatrix.ts';
import { applyAhpWeights } from './applyAhpWeights.ts';
import { buildAhpView, type AhpJudgements, type AhpLevelView, type AhpView } from './buildAhpView.ts';
import { formatPct } from './formatScoring.ts';
import { useServices } from '../appServices.ts';
import './ahp.css';
import { useLanguage, useText } from '../useAppState.ts';

type Edit = (f: (s: Scenario) => Scenario) => void;

/** The view, or the user error that prevents it (e.g. more criteria in one matrix than Saaty's table covers). */
function tryBuildAhpView(scenario: Scenario, judgements: AhpJudgements): { view: AhpView | null; error: LocalText | null } {
  try {
    return { view: buildAhpView(scenario, judgements), error: null };
  } catch (e) {
    if (isUserError(e)) return { view: null, error: { vi: e.messageVi, en: e.messageEn } };
    throw e;
  }
}

export function AhpEditor({ scenario, edit }: { scenario: Scenario; edit: Edit }) {
  const language = useLanguage();
  const A = useText().ahp;
  // Judgements by scenario id, kept for the app's lifetime so leaving the AHP view does not lose them.
  const remembered = useServices().ahpJudgements;
  const L = (x: LocalText) => x[language];
  const [byScenario, setByScenario] = useState<Record<string, AhpJudgements>>(() => Object.fromEntries(remembered));
  const judgements = useMemo(() => byScenario[scenario.id] ?? {}, [byScenario, scenario.id]);
  const { view, error } = useMemo(() => tryBuildAhpView(scenario, judgements), [scenario, judgements]);
  const [open, setOpen] = useState<Record<string, boolean>>({ '': true });

  if (error) {
    return (
      <p className="note" role="alert" data-testid="ahp-error">
        {L(error)}
      </p>
    );
  }
  if (!view) return <p className="muted sc-small">{A.noCriteria}</p>;

  const setJudgement = (level: AhpLevelView, i: number, j: number, value: number) => {
    const next = { ...judgements, [level.key]: { ids: level.items.map((x) => x.id), upper: setUpperCell(level.upper, i, j, value) } };
    remembered.set(scenario.id, next);
    setByScenario((all) => ({ ...all, [scenario.id]: next }));
  };
  // Recomputed on the scenario the edit receives, so it applies to the latest draft.
  const apply = () =>
    edit((s) => {
      const latest = tryBuildAhpView(s, judgements).view;
      return latest ? applyAhpWeights(s, latest) : s;
    });

  const levels: { level: AhpLevelView; title: string }[] = [
    { level: view.top, title: view.grouped ? A.groupMatrix : A.criteriaMatrix },
    ...view.children.map((level) => ({ level, title: A.criteriaOfGroup(L(level.group!)) })),
  ];

  return (
    <div className="sc-ahp" data-testid="ahp-editor">
      <p className="muted sc-small">{A.help}</p>
      {levels.map(({ level, title }) => (
        <AhpLevelSection
          key={level.key || '(top)'}
          level={level}
          title={title}
         
          open={open[level.key] ?? false}
          onToggle={(isOpen) => setOpen((o) => ({ ...o, [level.key]: isOpen }))}
          onChange={(i, j, value) => setJudgement(level, i, j, value)}
        />
      ))}
      {view.skippedGroups.length > 0 && (
        <p className="muted sc-small">{A.skipped(view.skippedGroups.map((g) => L(g.label)).join(', '))}</p>
      )}
      <GlobalWeightsTable view={view} />
      {view.grouped && (
        <div className="ahp-hierarchy" data-testid="ahp-hierarchy-cr" title={A.hierarchyCrHelp}>
          {A.hierarchyCr}: CR_H = {Number.isNaN(view.crHierarchy) ? '—' : formatNumber(view.crHierarchy, language, 3)}
          {view.inconsistent && (
            <p className="sc-warning" role="alert" data-testid="ahp-hierarchy-warning">
              ⚠ {A.hierarchyInconsistent(formatNumber(view.crHierarchy, language, 2))}
            </p>
          )}
        </div>
      )}
      <div className="sc-buttons">
        <button type="button" className="sc-button primary" onClick={apply} disabled={view.inSync} data-testid="ahp-apply" title={A.applyHint}>
          {A.apply}
        </button>
        {view.inSync && (
          <span className="muted sc-small" data-testid="ahp-in-sync">
            {A.inSync}
          </span>
        )}
      </div>
    </div>
  );
}

function AhpLevelSection(props: {
  level: AhpLevelView;
  title: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  onChange: (i: number, j: number, value: number) => void;
}) {
  const { level, title, open, onToggle, onChange } = props;
  const language = useLanguage();
  const A = useText().ahp;
  const L = (x: LocalText) => x[language];
  const { items, upper, result } = level;
  const n = items.length;
  // Test ids: the top matrix keeps the plain ids (ahp-0-1, ahp-result, ahp-warning); a group's matrix adds its id.
  const id = (name: string) => (level.key ? `${name}-${level.key}` : name);
  const cellId = (i: number, j: number) => (level.key ? `ahp-${level.key}-${i}-${j}` : `ahp-${i}-${j}`);
  const weightId = (i: number) => (level.key ? `ahp-${level.key}-weight-${i}` : `ahp-weight-${i}`);
  const worst = result.inconsistent ? result.mostInconsistent : null;
  const label = (i: number) => items[i].label[language];
  return (
    <details className={`ahp-level${result.inconsistent ? ' bad' : ''}`} open={open} onToggle={(e) => onToggle(e.currentTarget.open)} data-testid={`ahp-level-${level.key || 'top'}`}>
      <summary>
        <span>{title}</span>
        <span className={`ahp-cr${result.inconsistent ? ' bad' : ''}`}>
          {n <= 2 ? '' : `${result.inconsistent ? '⚠ ' : ''}CR = ${formatNumber(result.cr, language, 2)}`}
        </span>
      </summary>
      {n >= 2 ? (
        <div className="sc-ahp-scroll">
          <table className="sc-ahp-matrix">
            <thead>
              <tr>
                <th />
                {items.map((item, j) => (
                  <th key={item.id} title={label(j)}>
                    {j + 1}
                  </th>
                ))}
                <th>{A.localWeight}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((row, i) => (
                <tr key={row.id}>
                  <th scope="row" title={label(i)}>
                    {i + 1}. {label(i)}
                  </th>
                  {items.map((column, j) => (
                    <td key={column.id} className={worst && ((worst.i === i && worst.j === j) || (worst.i === j && worst.j === i)) ? 'ahp-worst' : undefined}>
                      {i === j ? (
                        '1'
                      ) : j > i ? (
                        <select
                          aria-label={`${label(i)} / ${label(j)}`}
                          data-testid={cellId(i, j)}
                          value={SAATY_CHOICES.find((c) => Math.abs(c.value - upper[i][j]) < 1e-9)?.label ?? '1'}
                          onChange={(e) => onChange(i, j, SAATY_CHOICES.find((c) => c.label === e.target.value)!.value)}
                        >
                          {SAATY_CHOICES.map((c) => (
                            <option key={c.label} value={c.label}>
                              {c.label}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <span className="muted">{saatyLabel(1 / upper[j][i])}</span>
                      )}
                    </td>
                  ))}
                  <td className="num" data-testid={weightId(i)}>
                    {formatPct(result.weights[i], language, 1)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted sc-small">
          {items[0]?.label[language]}: {A.oneItem}
        </p>
      )}
      {n >= 2 && (
        <div className="sc-ahp-result" data-testid={id('ahp-result')}>
          <span>λmax = {formatNumber(result.lambdaMax, language, 3)}</span>
          <span>CI = {formatNumber(result.ci, language, 3)}</span>
          <span>CR = {Number.isNaN(result.cr) ? '—' : formatNumber(result.cr, language, 3)}</span>
          {n === 2 ? (
            <p className="muted sc-small">{A.twoItems}</p>
          ) : result.inconsistent ? (
            <div className="sc-warning" role="alert" data-testid={id('ahp-warning')}>
              ⚠ {A.inconsistent(formatNumber(result.cr, language, 2))}
              {worst && (
                <p className="ahp-worst-note" data-testid={id('ahp-worst')}>
                  {A.worst(
                    L(items[worst.i].label),
                    L(items[worst.j].label),
                    saatyLabel(worst.judgement),
                    saatyLabel(nearestSaaty(worst.impliedRatio)),
                    formatNumber(worst.impliedRatio, language, 2),
                  )}
                  {worst.tiedWith > 0 && <> {A.worstTied(worst.tiedWith)}</>}
                </p>
              )}
            </div>
          ) : (
            <p className="muted sc-small">{A.consistent(formatNumber(result.cr, language, 2))}</p>
          )}
        </div>
      )}
    </details>
  );
}

function GlobalWeightsTable({ view }: { view: NonNullable<ReturnType<typeof buildAhpView>> }) {
  const language = useLanguage();
  const A = useText().ahp;
  const pct = (x: number) => formatPct(x, language, 1);
  const changed = (a: number, b: number) => (Math.abs(a - b) >= 0.0005 ? 'ahp-changed' : undefined);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const groupsInOrder = view.grouped ? view.top.items.map((g, k) => ({ group: g, weight: view.top.result.weights[k] })) : [{ group: null, weight: 1 }];
  return (
    <div className="sc-scroll-x">
      <h4 className="sc-small">{view.grouped ? A.globalTitle : A.globalTitleFlat}</h4>
      <table className="ahp-global" data-testid="ahp-global">
        <thead>
          <tr>
            <th>{A.criterion}</th>
            {view.grouped && <th>{A.local}</th>}
            <th>{A.global}</th>
            <th>{A.current}</th>
          </tr>
        </thead>
        <tbody>
          {groupsInOrder.map(({ group, weight }) => {
            const rows = view.global.filter((r) => (r.group?.id ?? null) === (group?.id ?? null));
            return [
              group && (
                <tr key={`g:${group.id}`} className="ahp-group-row" data-testid="ahp-global-group">
                  <td>{group.label[language]}</td>
                  <td />
                  <td className={changed(weight, sum(rows.map((r) => r.currentWeight)))}>{pct(weight)}</td>
                  <td>{pct(sum(rows.map((r) => r.currentWeight)))}</td>
                </tr>
              ),
              ...rows.map((r) => (
                <tr key={r.criterion.id} data-testid="ahp-global-row" data-criterion={r.criterion.id}>
                  <td>{r.criterion.label[language]}</td>
                  {view.grouped && <td>{pct(r.localWeight)}</td>}
                  <td className={changed(r.ahpWeight, r.currentWeight)} data-testid="ahp-global-weight">
                    {pct(r.ahpWeight)}
                  </td>
                  <td data-testid="ahp-current-weight">{pct(r.currentWeight)}</td>
                </tr>
              )),
            ];
          })}
        </tbody>
        <tfoot>
          <tr>
            <td>{A.total}</td>
            {view.grouped && <td />}
            <td data-testid="ahp-global-total">{pct(sum(view.global.map((r) => r.ahpWeight)))}</td>
            <td>{pct(sum(view.global.map((r) => r.currentWeight)))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
