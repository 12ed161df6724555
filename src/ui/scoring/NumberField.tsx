// A number input that accepts the Vietnamese decimal comma ("0,5") and only reports valid numbers.
// `commit: 'blur'` waits for Enter or leaving the field (for values that trigger re-measuring).
import { useState } from 'react';
import { parseLocaleNumber } from '../../domain/text/parseLocaleNumber.ts';

/** What the user typed as a number ("0,5", "1 000", "1.234,5"), or null. */
export function parseNumberText(text: string): number | null {
  const n = parseLocaleNumber(text, { decimalComma: true });
  return Number.isNaN(n) ? null : n;
}

export function NumberField(props: {
  value: number;
  onChange: (value: number) => void;
  label: string;
  min?: number;
  max?: number;
  commit?: 'input' | 'blur';
  testId?: string;
  width?: string;
}) {
  const { value, onChange, label, min, max, commit = 'input', testId, width } = props;
  // The text being typed while the field has focus; otherwise the value itself is shown.
  const [editing, setEditing] = useState<string | null>(null);
  const text = editing ?? String(value);
  const parsed = parseNumberText(text);
  const valid = parsed !== null && (min === undefined || parsed >= min) && (max === undefined || parsed <= max);
  const send = (t: string) => {
    const n = parseNumberText(t);
    if (n !== null && (min === undefined || n >= min) && (max === undefined || n <= max) && n !== value) onChange(n);
  };
  return (
    <input
      className="sc-number"
      type="text"
      inputMode="decimal"
      aria-label={label}
      title={label}
      aria-invalid={!valid}
      data-testid={testId}
      style={width ? { width } : undefined}
      value={text}
      onFocus={() => setEditing(String(value))}
      onBlur={() => {
        setEditing(null);
        if (commit === 'blur') send(text);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') send(text);
      }}
      onChange={(e) => {
        setEditing(e.target.value);
        if (commit === 'input') send(e.target.value);
      }}
    />
  );
}
