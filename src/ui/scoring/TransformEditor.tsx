// Edits one criterion's transform (linear, stepped, target band, categorical) next to its curve.
import type { Transform } from '../../domain/scoring/scenario.ts';
import { NumberField } from './NumberField.tsx';
import { TransformPlot } from './TransformPlot.tsx';
import { defaultTransform } from './transformCurve.ts';
import { useText } from '../useAppState.ts';

const TYPES: Transform['type'][] = ['linear', 'stepped', 'target_band', 'categorical'];
const TYPE_LABEL = { linear: 'linear', stepped: 'stepped', target_band: 'targetBand', categorical: 'categorical' } as const;
/** Stepped classes up to this value mean "every larger value" (1e9 in the presets). */
const ANY = 1e9;

export function TransformEditor({ transform, unit, onChange }: { transform: Transform; unit: string; onChange: (t: Transform) => void }) {
  const T = useText().scoring;
  return (
    <div className="sc-transform">
      <label className="sc-inline">
        <span>{T.transform}</span>
        <select value={transform.type} onChange={(e) => onChange(defaultTransform(e.target.value as Transform['type'], transform))} data-testid="transform-type">
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {T[TYPE_LABEL[t]]}
            </option>
          ))}
        </select>
      </label>
      <div className="sc-transform-body">
        <div className="sc-transform-fields">
          {transform.type === 'linear' && (
            <>
              <label className="sc-inline">
                <span>{T.from}</span>
                <NumberField label={T.from} value={transform.from} onChange={(from) => onChange({ ...transform, from })} />
                <span className="muted">{unit}</span>
              </label>
              <label className="sc-inline">
                <span>{T.to}</span>
                <NumberField label={T.to} value={transform.to} onChange={(to) => onChange({ ...transform, to })} />
                <span className="muted">{unit}</span>
              </label>
            </>
          )}
          {transform.type === 'target_band' && (
            <>
              <label className="sc-inline">
                <span>{T.min}</span>
                <NumberField label={T.min} value={transform.min} max={transform.max} onChange={(min) => onChange({ ...transform, min })} />
              </label>
              <label className="sc-inline">
                <span>{T.max}</span>
                <NumberField label={T.max} value={transform.max} min={transform.min} onChange={(max) => onChange({ ...transform, max })} />
              </label>
              <label className="sc-inline">
                <span>{T.sigma}</span>
                <NumberField label={T.sigma} value={transform.sigma} min={0} onChange={(sigma) => onChange({ ...transform, sigma })} />
                <span className="muted">{unit}</span>
              </label>
            </>
          )}
          {transform.type === 'stepped' && (
            <table className="sc-mini-table">
              <thead>
                <tr>
                  <th>
                    {T.upTo} ({unit})
                  </th>
                  <th>{T.value01}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {transform.classes.map((c, i) => {
                  const set = (patch: Partial<typeof c>) => onChange({ ...transform, classes: transform.classes.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
                  return (
                    <tr key={i}>
                      <td>
                        {c.upTo >= ANY ? <span className="muted">∞</span> : <NumberField label={T.upTo} value={c.upTo} onChange={(upTo) => set({ upTo })} width="70px" />}
                      </td>
                      <td>
                        <NumberField label={T.value01} value={c.value01} min={0} max={1} onChange={(value01) => set({ value01 })} width="50px" />
                      </td>
                      <td>
                        {transform.classes.length > 1 && (
                          <button type="button" className="icon-button" aria-label={T.delete} onClick={() => onChange({ ...transform, classes: transform.classes.filter((_, k) => k !== i) })}>
                            ✕
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <td colSpan={3}>
                    <button
                      type="button"
                      className="sc-link"
                      onClick={() => {
                        const finite = transform.classes.filter((c) => c.upTo < ANY);
                        const last = finite[finite.length - 1]?.upTo ?? 0;
                        const classes = [...finite, { upTo: last > 0 ? last * 2 : 1, value01: 0.5 }, ...transform.classes.filter((c) => c.upTo >= ANY)];
                        onChange({ ...transform, classes });
                      }}
                    >
                      + {T.addClass}
                    </button>
                  </td>
                </tr>
              </tfoot>
            </table>
          )}
          {transform.type === 'categorical' && (
            <table className="sc-mini-table">
              <thead>
                <tr>
                  <th>{T.code}</th>
                  <th>{T.value01}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {Object.entries(transform.values).map(([code, v]) => (
                  <tr key={code}>
                    <td>{code}</td>
                    <td>
                      <NumberField label={`${code}: ${T.value01}`} value={v} min={0} max={1} onChange={(value01) => onChange({ ...transform, values: { ...transform.values, [code]: value01 } })} width="50px" />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={T.delete}
                        onClick={() => {
                          const values = { ...transform.values };
                          delete values[code];
                          onChange({ ...transform, values });
                        }}
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                ))}
                <tr>
                  <td>{T.otherCodes}</td>
                  <td>
                    <NumberField label={T.otherCodes} value={transform.otherValue01} min={0} max={1} onChange={(otherValue01) => onChange({ ...transform, otherValue01 })} width="50px" />
                  </td>
                  <td />
                </tr>
              </tbody>
              <tfoot>
                <tr>
                  <td colSpan={3}>
                    <input
                      className="sc-code-input"
                      placeholder={`+ ${T.addCode} (ODT…)`}
                      aria-label={T.addCode}
                      onKeyDown={(e) => {
                        const code = e.currentTarget.value.trim().toUpperCase();
                        if (e.key === 'Enter' && code && !(code in transform.values)) {
                          onChange({ ...transform, values: { ...transform.values, [code]: 0.5 } });
                          e.currentTarget.value = '';
                        }
                      }}
                    />
                  </td>
                </tr>
              </tfoot>
            </table>
          )}
        </div>
        <TransformPlot transform={transform} unit={unit} />
      </div>
    </div>
  );
}
