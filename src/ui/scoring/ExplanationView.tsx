// One parcel's score explained: each criterion's raw value with unit, 0–1 value, weight and
// contribution, the total and rank, and the constraint that excluded it (with its reason).
import type { ParcelExplanation } from '../../domain/scoring/explainParcel.ts';
import { formatNumber } from '../../i18n/format.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { format01, formatPct, formatRaw, formatScore } from './formatScoring.ts';
import { useLanguage, useText } from '../useAppState.ts';
import { msg } from '../../i18n/message.ts';

export function ExplanationTable({ explanation: e }: { explanation: ParcelExplanation }) {
  const language = useLanguage();
  const T = useText().scoring;
  return (
    <table className="sc-table sc-explain" data-testid="explanation-table">
      <thead>
        <tr>
          <th>{T.criterion}</th>
          <th className="num">{T.rawValue}</th>
          <th className="num">{T.normalized}</th>
          <th className="num">{T.weight}</th>
          <th className="num">{T.contribution}</th>
        </tr>
      </thead>
      <tbody>
        {e.criteria.map((c) => (
          <tr key={c.id} className={c.weight === 0 ? 'sc-off' : ''} data-testid={`explain-${c.id}`}>
            <td>{c.label[language]}</td>
            <td className="num" data-testid="explain-raw">
              {c.network?.params.unreachable ? '—' : formatRaw(c.raw, c.unit, language)}
              {c.network && <div className="muted sc-small" data-testid="explain-network">{renderMessage(language, c.network)}</div>}
            </td>
            <td className="num">{format01(c.normalized, language)}</td>
            <td className="num">{formatPct(c.weight, language, 1)}</td>
            <td className="num">{c.contribution === null ? '—' : formatNumber(c.contribution, language, 1)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th colSpan={4}>{T.total}</th>
          <th className="num" data-testid="explain-total">
            {formatScore(e.score, language)}
          </th>
        </tr>
      </tfoot>
    </table>
  );
}

export function ExclusionNote({ explanation: e }: { explanation: ParcelExplanation }) {
  return (
    <>
      <ExcludedNote explanation={e} />
      <WarningsNote explanation={e} />
    </>
  );
}

/** The warning constraints a parcel breaks: it keeps its score and rank. */
function WarningsNote({ explanation: e }: { explanation: ParcelExplanation }) {
  const language = useLanguage();
  if (!e.warnings.length) return null;
  return (
    <div className="sc-warning" data-testid="explain-warnings">
      {e.warnings.map((w) => (
        <div key={w.constraintId}>
          <strong>⚠ {renderMessage(language, msg('scoring.constraint.warning'))}:</strong> {w.reason[language]}
          {w.reference && <div className="muted sc-small">{w.reference}</div>}
        </div>
      ))}
    </div>
  );
}

function ExcludedNote({ explanation: e }: { explanation: ParcelExplanation }) {
  const language = useLanguage();
  const T = useText().scoring;
  if (!e.excluded) return <p className="muted sc-small">✓ {T.notExcluded}</p>;
  const others = e.brokenConstraints.filter((b) => b.constraintId !== e.excluded!.constraintId);
  return (
    <div className="sc-exclusion" data-testid="explain-excluded">
      <strong>{T.excludedBy}:</strong> {e.excluded.reason[language]}
      {e.excluded.reference && <div className="muted sc-small">{e.excluded.reference}</div>}
      {others.length > 0 && (
        <div className="sc-small">
          {T.alsoBreaks}: {others.map((o) => o.reason[language]).join('; ')}
        </div>
      )}
    </div>
  );
}

export function ExplanationView(props: { title: string; subtitle: string; explanation: ParcelExplanation; total: number; onClose: () => void }) {
  const { explanation: e } = props;
  const language = useLanguage();
  const T = useText().scoring;
  return (
    <section className="sc-card" data-testid="explanation">
      <div className="panel-head">
        <div>
          <div className="muted sc-small">{T.explanation}</div>
          <h3 data-testid="explanation-title">{props.title}</h3>
          {props.subtitle && <div className="muted sc-small">{props.subtitle}</div>}
        </div>
        <button type="button" className="icon-button" aria-label={T.close} onClick={props.onClose}>
          ✕
        </button>
      </div>
      <div className="sc-score-line">
        <span>
          {T.score}: <strong data-testid="explanation-score">{formatScore(e.score, language)}</strong>
        </span>
        <span>
          {T.rank}: <strong>{e.rank ?? '—'}</strong> / {formatNumber(props.total, language)}
        </span>
      </div>
      <ExclusionNote explanation={e} />
      <ExplanationTable explanation={e} />
    </section>
  );
}
