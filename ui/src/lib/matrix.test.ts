import { describe, expect, it } from 'vitest';
import type { CommunityCounts } from './bindings';
import { buildMatrix, severity, severityLevels, totals, urgencyOf } from './matrix';

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

describe('severity levels', () => {
  const now = Date.parse('2026-12-07T12:00:00Z');
  const hoursAgo = (h: number) => new Date(now - h * 3_600_000).toISOString();
  const cell = (id: number, breached: number, atRisk: number, waited: number | null) =>
    community(id, lakeline, `l${id}`, {
      breached,
      at_risk: atRisk,
      open: breached + atRisk + 1,
      oldest_waiting_since: waited === null ? null : hoursAgo(waited),
    });

  it('weigh breached cases first, then at risk, then the oldest wait', () => {
    expect(severity(cell(1, 1, 0, 1), now)).toBeGreaterThan(severity(cell(2, 0, 3, 1), now));
    expect(severity(cell(1, 2, 2, 30), now)).toBeGreaterThan(severity(cell(2, 2, 2, 7), now));
    expect(severity(cell(1, 0, 0, 50), now)).toBe(0);
  });

  it('rank breached cells from 2 to 4, the worst always 4, equals alike', () => {
    const levels = severityLevels(
      [cell(1, 2, 2, 30), cell(2, 2, 2, 7), cell(3, 2, 3, 22), cell(4, 2, 2, 7), cell(5, 0, 1, 2), cell(6, 0, 0, 1)],
      now,
    );
    const level = (id: number) => levels.get(id)!.level;
    expect(level(1)).toBe(4);
    expect(level(2)).toBe(2);
    expect(level(4)).toBe(level(2));
    expect(level(3)).toBeGreaterThanOrEqual(level(2));
    expect(level(3)).toBeLessThanOrEqual(level(1));
    expect(level(5)).toBe(1);
    expect(level(6)).toBe(0);
  });

  it('make a lone breached cell the worst', () => {
    expect(severityLevels([cell(1, 1, 0, 1), cell(2, 0, 2, 5)], now).get(1)!.level).toBe(4);
  });
});
