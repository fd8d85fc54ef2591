import { describe, expect, it } from 'vitest';
import { excerpt, highlight, searchTerms } from './highlight';

const marked = (body: string, q: string) =>
  highlight(body, searchTerms(q))
    .filter((s) => s.hit)
    .map((s) => s.text);

describe('search highlights', () => {
  it('mark each word that starts with a term, whatever its case', () => {
    expect(marked('Mein Koffer, meine KOFFERanhänger und der Kofferraum', 'koffer')).toEqual([
      'Koffer',
      'KOFFER',
      'Koffer',
    ]);
  });

  it('do not mark a term inside a word', () => {
    expect(marked('Reisekoffer verloren', 'koffer')).toEqual([]);
  });

  it('mark every term, accented ones too', () => {
    expect(marked('Mon bagage est arrivé abîmé à Genève', 'abîm genève bagage')).toEqual([
      'bagage',
      'abîm',
      'Genève',
    ]);
  });

  it('keep the whole text in order', () => {
    const body = 'Flug LK 1218: Koffer fehlt';
    expect(
      highlight(body, searchTerms('koffer lk'))
        .map((s) => s.text)
        .join(''),
    ).toBe(body);
  });

  it('split what a user types the way the store does', () => {
    expect(searchTerms('"bagage" OR x* (perdu)')).toEqual(['bagage', 'or', 'x', 'perdu']);
  });
});

describe('a hit excerpt', () => {
  it('starts shortly before a match far into a long message', () => {
    const body = 'word '.repeat(400) + 'Koffer verloren';
    const shown = excerpt(body, ['koffer']);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.indexOf('Koffer')).toBeLessThan(45);
    expect(shown.endsWith('Koffer verloren')).toBe(true);
  });

  it('is the whole message when the match is near the start', () => {
    expect(excerpt('Mein Koffer ist weg', ['koffer'])).toBe('Mein Koffer ist weg');
  });
});
