import { describe, expect, it } from 'vitest';
import { Catalog } from './i18n';
import { ALL_SOURCES } from './all-sources';
import { NAMED_LANGUAGES, languageName, percent } from './templates';

describe('languageName', () => {
  const catalog = new Catalog(ALL_SOURCES);
  it('names every detected language in every UI language', () => {
    for (const lang of ['en', 'fr', 'de', 'it'] as const) {
      for (const code of NAMED_LANGUAGES) {
        const name = languageName(code, (k) => catalog.format(lang, k));
        expect(name, `${lang} ${code}`).not.toMatch(/^lang-/);
      }
    }
    expect(languageName('DE', (k) => catalog.format('fr', k))).toBe('allemand');
  });

  it('shows an unnamed code as itself', () => {
    expect(languageName('sv', (k) => k)).toBe('SV');
  });
});

describe('percent', () => {
  it('rounds and clamps', () => {
    expect(percent(0.934)).toBe(93);
    expect(percent(1.2)).toBe(100);
    expect(percent(-1)).toBe(0);
  });
});
