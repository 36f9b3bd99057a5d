/**
 * Age limits as ISO 8601 durations (src/document/durations.ts): what the
 * format accepts, calendar arithmetic worked by hand, calendar ages, and the
 * hint a malformed one gets (src/diagnostics/duration-hint.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/document/dates.js';
import { addDuration, calendarAge, durationParts, isIsoDuration, isOlderThan } from '../../src/document/durations.js';
import { durationHint } from '../../src/diagnostics/duration-hint.js';

const parts = (text: string) => {
  const p = durationParts(text);
  if (p === undefined) throw new Error(`not a duration: ${text}`);
  return p;
};
/** `date` plus `duration`, as a date: compared through day numbers. */
const plus = (date: string, duration: string): number => addDuration(date, parts(duration));

describe('what the format accepts', () => {
  it('whole years, months, weeks and days, in that order, at least one', () => {
    for (const good of ['P18M', 'P1Y6M', 'P2W', 'P90D', 'P1Y2W3D', 'P0D', 'P10Y']) expect(isIsoDuration(good)).toBe(true);
    for (const bad of ['P', 'P5', '18M', 'p18m', 'P18m', 'PT12H', 'P1DT12H', 'P1.5Y', 'P1,5Y', 'P6M1Y', 'P1Y1Y', ' P18M', 'P-1M', '', 'P18 M']) expect(isIsoDuration(bad)).toBe(false);
    expect(isIsoDuration(18)).toBe(false);
    expect(durationParts('P1Y6M2W3D')).toEqual({ years: 1, months: 6, weeks: 2, days: 3 });
    expect(durationParts('P18M')).toEqual({ years: 0, months: 18, weeks: 0, days: 0 });
  });
});

describe('addDuration: by the calendar', () => {
  it('months keep the day, clamped to the end of a shorter month', () => {
    expect(plus('2019-08-31', 'P6M')).toBe(dayNumber('2020-02-29')); // leap year
    expect(plus('2018-08-31', 'P6M')).toBe(dayNumber('2019-02-28'));
    expect(plus('2019-01-31', 'P1M')).toBe(dayNumber('2019-02-28'));
    expect(plus('2019-03-31', 'P1M')).toBe(dayNumber('2019-04-30'));
    expect(plus('2019-06-30', 'P18M')).toBe(dayNumber('2020-12-30'));
    expect(plus('2016-03-31', 'P18M')).toBe(dayNumber('2017-09-30'));
    expect(plus('2019-11-15', 'P3M')).toBe(dayNumber('2020-02-15')); // across the year end
  });

  it('years are twelve months: 29 February plus a year is 28 February', () => {
    expect(plus('2020-02-29', 'P1Y')).toBe(dayNumber('2021-02-28'));
    expect(plus('2020-02-29', 'P4Y')).toBe(dayNumber('2024-02-29'));
    expect(plus('2019-06-30', 'P1Y6M')).toBe(plus('2019-06-30', 'P18M'));
  });

  it('then weeks and days: 2019-01-31 + P1M1D is 2019-03-01, not 2019-03-04', () => {
    expect(plus('2020-06-30', 'P2W')).toBe(dayNumber('2020-07-14'));
    expect(plus('2020-06-30', 'P90D')).toBe(dayNumber('2020-09-28'));
    expect(plus('2019-01-31', 'P1M1D')).toBe(dayNumber('2019-03-01'));
    expect(plus('2019-12-31', 'P1D')).toBe(dayNumber('2020-01-01'));
  });

  it('any written year, and durations no date can reach', () => {
    expect(plus('0000-01-31', 'P1M')).toBe(dayNumber('0000-02-29')); // year 0 is a leap year
    expect(plus('1900-01-31', 'P1M')).toBe(dayNumber('1900-02-28')); // 1900 is not
    expect(plus('9999-12-31', 'P1D')).toBe(dayNumber('9999-12-31') + 1);
    expect(plus('2020-01-01', 'P99999999Y')).toBe(Number.POSITIVE_INFINITY);
    expect(plus('2020-01-01', `P${'9'.repeat(400)}D`)).toBe(Number.POSITIVE_INFINITY);
  });

  it('agrees with JavaScript’s own calendar on every date and month count (property)', () => {
    const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 400 }), (d, months, days) => {
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
        const expected = Date.UTC(y, m - 1 + months, Math.min(day, last)) / 86_400_000 + days;
        expect(plus(d, `P${months}M${days}D`)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isOlderThan: after the date plus the limit', () => {
  it('exactly the limit old is not older than it', () => {
    expect(isOlderThan('2019-06-30', parts('P18M'), '2020-12-30')).toBe(false);
    expect(isOlderThan('2019-06-30', parts('P18M'), '2020-12-31')).toBe(true);
    expect(isOlderThan('2019-06-30', parts('P18M'), dayNumber('2020-12-31'))).toBe(true);
    expect(isOlderThan('2020-12-31', parts('P0D'), '2020-12-31')).toBe(false);
    expect(isOlderThan('2020-12-30', parts('P0D'), '2020-12-31')).toBe(true);
  });
});

describe('calendarAge', () => {
  it('whole months by the same rule, then days', () => {
    expect(calendarAge('2016-03-31', '2020-12-31')).toEqual({ years: 4, months: 9, days: 0 });
    expect(calendarAge('2019-08-31', '2020-02-29')).toEqual({ years: 0, months: 6, days: 0 });
    expect(calendarAge('2018-06-30', '2020-12-31')).toEqual({ years: 2, months: 6, days: 1 });
    expect(calendarAge('2020-12-01', '2020-12-31')).toEqual({ years: 0, months: 0, days: 30 });
    expect(calendarAge('2020-01-31', '2020-02-28')).toEqual({ years: 0, months: 0, days: 28 }); // 31 January + 1 month is 29 February, after the 28th
    expect(calendarAge('2020-12-31', '2020-12-31')).toEqual({ years: 0, months: 0, days: 0 });
  });
});

describe('durationHint', () => {
  it('says how to write what people write', () => {
    expect(durationHint('18 months')).toBe(' 18 months is written P18M.');
    expect(durationHint('18m')).toBe(' 18 months is written P18M.');
    expect(durationHint('2 years')).toBe(' 2 years is written P2Y.');
    expect(durationHint('1 yr')).toBe(' 1 year is written P1Y.');
    expect(durationHint('1.5 years')).toBe(' 1.5 years is written P1Y6M.');
    expect(durationHint('1,5 years')).toBe(' 1.5 years is written P1Y6M.');
    expect(durationHint('1 year, 6 months')).toBe(' 1 year 6 months is written P1Y6M.');
    expect(durationHint('0.5 years')).toBe(' 0.5 years is written P6M.');
    expect(durationHint('1.5 weeks')).toBe(' Use whole numbers: for example P45D rather than P1.5M.'); // half a week is 3.5 days
    expect(durationHint('90 days')).toBe(' 90 days is written P90D.');
    expect(durationHint('P6M1Y')).toBe(' 6 months 1 year is written P1Y6M.');
    expect(durationHint('p18m')).toBe(' Write it in capitals, without spaces: P18M.');
    expect(durationHint('P 18 M')).toBe(' Write it in capitals, without spaces: P18M.');
    expect(durationHint(18)).toBe(' Write the unit too: P18M for 18 months, P18D for 18 days.');
    expect(durationHint('18')).toBe(' Write the unit too: P18M for 18 months, P18D for 18 days.');
    expect(durationHint('PT24H')).toBe(' Only years, months, weeks and days are used, nothing after a T: write P1D, not PT24H.');
    expect(durationHint('P1.5M')).toBe(' Use whole numbers: for example P45D rather than P1.5M.');
  });

  it('says nothing when it cannot tell', () => {
    for (const unknown of ['eighteen months', '', '18 fortnights', 'soon', null, true, ['P18M']]) expect(durationHint(unknown)).toBe('');
  });
});
