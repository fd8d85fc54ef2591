// Where a search's words appear in a hit: the same words the store matches
// (crates/store/src/search.rs: letters and digits, each word a prefix), so
// what is marked is what made the message a hit. A long message is shown
// from shortly before its first match, so the match is within the two lines
// a hit shows.

export interface Segment {
  text: string;
  hit: boolean;
}

/** The words of a search, lowercased, at most 16 (as the store splits them). */
export function searchTerms(input: string): string[] {
  return input
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 16)
    .map((w) => w.toLowerCase());
}

const WORD = /[\p{L}\p{N}]/u;

/** `body` cut into plain and matched parts: a match is a term at the start of a word. */
export function highlight(body: string, terms: readonly string[]): Segment[] {
  const lower = body.toLowerCase();
  const marks: Array<[number, number]> = [];
  // Lowercasing can change a string's length (rare letters); then nothing is marked.
  if (lower.length === body.length && terms.length > 0) {
    for (let i = 0; i < lower.length; i++) {
      if (i > 0 && WORD.test(lower[i - 1])) continue;
      let best = 0;
      for (const term of terms) if (term.length > best && lower.startsWith(term, i)) best = term.length;
      if (best > 0) {
        marks.push([i, i + best]);
        i += best - 1;
      }
    }
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) out.push({ text: body.slice(at, start), hit: false });
    out.push({ text: body.slice(start, end), hit: true });
    at = end;
  }
  if (at < body.length || out.length === 0) out.push({ text: body.slice(at), hit: false });
  return out;
}

/**
 * The part of `body` a hit shows: from about `before` characters ahead of
 * the first match (at a word's start, marked with "…") when the match lies
 * further in, the whole message otherwise.
 */
export function excerpt(body: string, terms: readonly string[], before = 40): string {
  const segments = highlight(body, terms);
  let first = 0;
  for (const s of segments) {
    if (s.hit) break;
    first += s.text.length;
  }
  if (first >= body.length || first <= before) return body;
  let start = first - before;
  const space = body.indexOf(' ', start);
  if (space !== -1 && space < first) start = space + 1;
  return '…' + body.slice(start);
}
