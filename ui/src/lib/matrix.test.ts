import { describe, expect, it } from 'vitest';
import type { CommunityCounts } from './bindings';
import { buildMatrix, totals, urgencyOf } from './matrix';

function community(id: number, brand: [number, string], locale: string, extra: Partial<CommunityCounts> = {}): CommunityCounts {
  return {
    id,
    brand_id: brand[0],
    brand_name: brand[1],
    brand_slug: brand[1].toLowerCase(),
    locale,
    platform: 'facebook',
    page_id: String(id),
    handle: `${brand[1].toLowerCase()}/${locale}`,
    open: 0,
    at_risk: 0,
    breached: 0,
    oldest_waiting_since: null,
    ...extra,
  };
}

const lakeline: [number, string] = [1, 'Lakeline'];
const alpair: [number, string] = [2, 'Alpair'];

describe('buildMatrix', () => {
  const counts = [
    community(1, lakeline, 'fr-CH'),
    community(2, lakeline, 'de-CH'),
    community(3, alpair, 'it-CH'),
  ];
  const m = buildMatrix(counts);

  it('has brands as rows (by name) and locales as columns (sorted)', () => {
    expect(m.brands.map((b) => b.name)).toEqual(['Alpair', 'Lakeline']);
    expect(m.locales).toEqual(['de-CH', 'fr-CH', 'it-CH']);
  });

  it('has a cell only where the brand serves the locale', () => {
    expect(m.cell(1, 'fr-CH')?.handle).toBe('lakeline/fr-CH');
    expect(m.cell(2, 'fr-CH')).toBeUndefined();
  });
});

describe('totals', () => {
  it('sums the counts and keeps the oldest wait of all', () => {
    const t = totals([
      community(1, lakeline, 'fr-CH', { open: 3, at_risk: 1, oldest_waiting_since: '2025-03-04T10:00:00Z' }),
      community(2, lakeline, 'de-CH', { open: 2, breached: 2, oldest_waiting_since: '2025-03-04T08:00:00Z' }),
      community(3, alpair, 'it-CH'),
    ]);
    expect(t).toEqual({ open: 5, at_risk: 1, breached: 2, oldest_waiting_since: '2025-03-04T08:00:00Z' });
  });
});

describe('urgencyOf', () => {
  it('is red when anything is breached, amber when at risk, else calm', () => {
    expect(urgencyOf({ at_risk: 3, breached: 1 })).toBe('breached');
    expect(urgencyOf({ at_risk: 1, breached: 0 })).toBe('at-risk');
    expect(urgencyOf({ at_risk: 0, breached: 0 })).toBe('calm');
  });
});
