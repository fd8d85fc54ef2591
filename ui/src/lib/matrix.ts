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
