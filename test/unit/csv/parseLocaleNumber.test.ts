// The one locale-number reader, for what each of its callers handled: CSV cells (readCsv, either decimal mark),
// numbers typed in the scoring fields (NumberField: decimal comma, spaces) and amounts typed in the audit panel
// (AuditPanel: "1.500.000", a single dot group = thousands).
import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, type LocaleNumberOptions } from '../../../src/domain/text/parseLocaleNumber.ts';

const csvComma: LocaleNumberOptions = { decimalComma: false };
const vi: LocaleNumberOptions = { decimalComma: true };
const amount: LocaleNumberOptions = { decimalComma: true, dotThousands: true };

describe('parseLocaleNumber', () => {
  it.each([
    // CSV cells, comma-separated files (a dot decimal; commas group thousands)
    ['587049.939', csvComma, 587049.939],
    ['-587049.939', csvComma, -587049.939],
    ['1,672,803.489', csvComma, 1672803.489],
    ['1,234.5', csvComma, 1234.5],
    ['587049,939', csvComma, NaN], // one comma then 3 digits: thousands or decimal? Not guessed
    ['12,5', csvComma, 12.5], // a quoted decimal comma in a comma-separated file
    ['1e3', csvComma, 1000],
    ['108°48\'42.2"E', csvComma, 108 + 48 / 60 + 42.2 / 3600],
    ['15°07′25.95″N', csvComma, 15 + 7 / 60 + 25.95 / 3600],
    ['108°48\'42.2"T', csvComma, -(108 + 48 / 60 + 42.2 / 3600)],
    ['58x912.4', csvComma, NaN],
    ['Infinity', csvComma, NaN],
    // Vietnamese decimal comma (;- and tab-separated files, the app's number fields)
    ['587049,939', vi, 587049.939],
    ['12,5', vi, 12.5],
    ['0,5', vi, 0.5],
    [',5', vi, 0.5],
    ['-12,5', vi, -12.5],
    ['1.234,5', vi, 1234.5],
    ['1.672.803,489', vi, 1672803.489],
    ['1.672.803', vi, 1672803],
    ['108.791', vi, 108.791],
    ['1 672 803,489', vi, 1672803.489],
    ['1\u00a0000', vi, 1000],
    ['  42 ', vi, 42],
    ['+3', vi, 3],
    ['1,234.5', vi, NaN],
    ['abc', vi, NaN],
    ['', vi, NaN],
    ['   ', vi, NaN],
    // amounts: a single dot group is thousands
    ['1.500', amount, 1500],
    ['1.500.000', amount, 1500000],
    ['1.500.000,5', amount, 1500000.5],
    ['1.5', amount, 1.5],
    ['20', amount, 20],
    ['0,5', amount, 0.5],
    ['1 500 000', amount, 1500000],
    ['-1.500', amount, -1500],
  ] as const)('%j with %o → %s', (text, options, expected) => {
    const v = parseLocaleNumber(text, options);
    if (Number.isNaN(expected)) expect(v).toBeNaN();
    else expect(v).toBeCloseTo(expected, 9);
  });
});
