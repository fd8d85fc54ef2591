// Filtering the command palette as people type: every word of the query
// must appear in the label (any order, any case, accents ignored, so "resou"
// finds "Résoudre"), earlier and word-start matches rank first, and ties
// keep the palette's own order.

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** A rank for `label` against `query` (lower is better), or null when it does not match. */
export function score(label: string, query: string): number | null {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const hay = fold(label);
  let total = 0;
  for (const w of words) {
    const at = hay.indexOf(w);
    if (at < 0) return null;
    const wordStart = at === 0 || /[\s(/·-]/.test(hay[at - 1]);
    total += at + (wordStart ? 0 : 100);
  }
  return total;
}

export function filterItems<T>(items: readonly T[], query: string, label: (item: T) => string): T[] {
  if (!query.trim()) return [...items];
  return items
    .map((item, i) => ({ item, i, s: score(label(item), query) }))
    .filter((x): x is { item: T; i: number; s: number } => x.s !== null)
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .map((x) => x.item);
}
