import { describe, expect, it } from 'vitest';
import { Catalog, type Args } from './i18n';
import { ALL_SOURCES } from './all-sources';
import { formatAge, formatAgo, formatCountdown, formatWhen, intlLocale, splitDuration } from './time';

const catalog = new Catalog(ALL_SOURCES);
const en = (key: string, args?: Args) => catalog.format('en', key, args);
const de = (key: string, args?: Args) => catalog.format('de', key, args);

const NOW = Date.parse('2025-03-04T12:00:00Z');
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();

describe('splitDuration', () => {
  it('counts whole minutes down through zero like a clock', () => {
    expect(splitDuration(59.5 * 60_000)).toEqual({ negative: false, days: 0, hours: 0, minutes: 59 });
    expect(splitDuration(-30_000)).toEqual({ negative: true, days: 0, hours: 0, minutes: 1 });
    expect(splitDuration(0)).toEqual({ negative: false, days: 0, hours: 0, minutes: 0 });
  });

  it('splits days, hours and minutes', () => {
    expect(splitDuration((2 * 1440 + 3 * 60 + 7) * 60_000)).toEqual({ negative: false, days: 2, hours: 3, minutes: 7 });
  });
});

describe('formatCountdown', () => {
  it('shows time left before the due time', () => {
    expect(formatCountdown(at(45), NOW, en)).toBe('45 min');
    expect(formatCountdown(at(80), NOW, en)).toBe('1 h 20 min');
    expect(formatCountdown(at(26 * 60), NOW, en)).toBe('1 d 2 h');
  });

  it('goes negative once breached', () => {
    expect(formatCountdown(at(-80), NOW, en)).toBe('−1 h 20 min');
    expect(formatCountdown(at(-5), NOW, en)).toBe('−5 min');
  });

  it('speaks the UI language', () => {
    expect(formatCountdown(at(-80), NOW, de)).toBe('−1 h 20 min');
  });
});

describe('formatAge', () => {
  it('is how long ago, never negative', () => {
    expect(formatAge(at(-125), NOW, en)).toBe('2 h 5 min');
    expect(formatAge(at(3), NOW, en)).toBe('0 min');
  });
});

describe('formatWhen', () => {
  it('shows only the time today and the date on another day', () => {
    const today = formatWhen(at(-60), NOW, 'en-GB');
    const earlier = formatWhen(at(-3 * 1440), NOW, 'en-GB');
    expect(today).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(earlier).toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });

  it('returns an unparsable time as it came', () => {
    expect(formatWhen('not a time', NOW, 'en')).toBe('not a time');
  });
});

describe('intlLocale', () => {
  it("prefers the system's variant of the UI language", () => {
    expect(intlLocale('de', ['fr-CH', 'de-CH', 'en'])).toBe('de-CH');
    expect(intlLocale('it', ['fr-CH'])).toBe('it');
  });
});

describe('formatAgo', () => {
  it('says seconds under a minute and a duration after, never in the future', () => {
    expect(en('ago-seconds', { seconds: 40 })).toBe('40 s ago');
    expect(formatAgo(new Date(NOW - 40_500).toISOString(), NOW, en)).toBe(en('ago-seconds', { seconds: 40 }));
    expect(formatAgo(at(-3), NOW, en)).toBe(en('ago-duration', { duration: formatAge(at(-3), NOW, en) }));
    expect(formatAgo(at(2), NOW, en)).toBe(en('ago-seconds', { seconds: 0 }));
  });
});
