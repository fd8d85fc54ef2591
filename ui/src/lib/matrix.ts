// The community matrix as data: brands as rows, locales as columns, one
// cell per community that exists (a brand need not serve every language).
// Kept apart from the component so the grouping, the totals of the "all
// communities" entry and the urgency colour are tested without a DOM.
import type { BrandId, CommunityCounts } from './bindings';

export type Urgency = 'breached' | 'at-risk' | 'calm';

export interface Matrix {
  brands: { id: BrandId; name: string }[];
  locales: string[];
  cell(brand: BrandId, locale: string): CommunityCounts | undefined;
}

export function buildMatrix(counts: readonly CommunityCounts[]): Matrix {
  const brands = new Map<BrandId, string>();
  const locales = new Set<string>();
  const cells = new Map<string, CommunityCounts>();
  for (const c of counts) {
    brands.set(c.brand_id, c.brand_name);
    locales.add(c.locale);
    cells.set(`${c.brand_id}|${c.locale}`, c);
  }
  return {
    brands: [...brands]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    locales: [...locales].sort(),
    cell: (brand, locale) => cells.get(`${brand}|${locale}`),
  };
}

export interface Totals {
  open: number;
  at_risk: number;
  breached: number;
  oldest_waiting_since: string | null;
}

/** What the "all communities" entry shows: sums, and the oldest wait of all. */
export function totals(counts: readonly CommunityCounts[]): Totals {
  let oldest: string | null = null;
  let open = 0;
  let atRisk = 0;
  let breached = 0;
  for (const c of counts) {
    open += c.open;
    atRisk += c.at_risk;
    breached += c.breached;
    const since = c.oldest_waiting_since;
    if (since !== null && (oldest === null || Date.parse(since) < Date.parse(oldest))) oldest = since;
  }
  return { open, at_risk: atRisk, breached, oldest_waiting_since: oldest };
}

/** Breached red, at risk amber, else calm. */
export function urgencyOf(c: { at_risk: number; breached: number }): Urgency {
  if (c.breached > 0) return 'breached';
  if (c.at_risk > 0) return 'at-risk';
  return 'calm';
}

/**
 * How bad a community's queue is at `now`: breached cases weigh most, then
 * cases at risk, then how long its oldest fan has waited (four hours weigh
 * as much as one case at risk). 0 when nothing is at risk or breached.
 */
export function severity(c: { at_risk: number; breached: number; oldest_waiting_since: string | null }, now: number): number {
  if (c.breached === 0 && c.at_risk === 0) return 0;
  const since = c.oldest_waiting_since === null ? NaN : Date.parse(c.oldest_waiting_since);
  const waitedHours = Number.isNaN(since) ? 0 : Math.max(0, now - since) / 3_600_000;
  return c.breached * 4 + c.at_risk + waitedHours / 4;
}

/** 0 calm, 1 at risk only, 2–4 breached (4 the worst). */
export type Level = 0 | 1 | 2 | 3 | 4;

/**
 * Each community's level, so the matrix ranks its cells (issue 18): calm 0,
 * at risk only 1, and the breached ones spread over 2–4 by their rank among
 * the breached cells' distinct severities: the worst is always 4, the
 * mildest of several 2, equal severities share a level.
 */
export function severityLevels(
  counts: readonly CommunityCounts[],
  now: number,
): Map<CommunityCounts['id'], { score: number; level: Level }> {
  const scores = new Map(counts.map((c) => [c.id, severity(c, now)] as const));
  const breached = [...new Set(counts.filter((c) => c.breached > 0).map((c) => scores.get(c.id)!))].sort((a, b) => a - b);
  const out = new Map<CommunityCounts['id'], { score: number; level: Level }>();
  for (const c of counts) {
    const score = scores.get(c.id)!;
    let level: Level;
    if (c.breached > 0) {
      const above = breached.length - 1 - breached.indexOf(score);
      level = (4 - Math.floor((3 * above) / breached.length)) as Level;
    } else level = c.at_risk > 0 ? 1 : 0;
    out.set(c.id, { score, level });
  }
  return out;
}
