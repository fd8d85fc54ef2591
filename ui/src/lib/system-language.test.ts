import { describe, expect, it } from 'vitest';
import { repairSystemLanguage, usableTags } from './system-language';

describe('the system language', () => {
  it('keeps language tags and drops what a C locale reports', () => {
    expect(usableTags(['de-CH', 'c.utf-8', 'en'])).toEqual(['de-CH', 'en']);
    expect(usableTags(['c.utf-8'])).toEqual(['en-US']);
    expect(usableTags([])).toEqual(['en-US']);
  });

  it('is made usable for every Intl formatter', () => {
    const nav = { language: 'c.utf-8', languages: ['c.utf-8'] } as unknown as Navigator;
    expect(() => new Intl.NumberFormat(nav.language)).toThrow(RangeError);
    repairSystemLanguage(nav);
    expect(nav.language).toBe('en-US');
    expect(nav.languages).toEqual(['en-US']);
    expect(new Intl.NumberFormat(nav.language).format(1000)).toBe('1,000');
  });

  it('is left alone when it is already a language tag', () => {
    const nav = { language: 'fr-CH', languages: ['fr-CH', 'fr'] } as unknown as Navigator;
    repairSystemLanguage(nav);
    expect(nav.language).toBe('fr-CH');
    expect(nav.languages).toEqual(['fr-CH', 'fr']);
  });
});
