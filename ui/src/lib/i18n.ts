// The UI's Fluent catalog, without any Svelte: one FluentBundle per UI
// language, built lazily from the very app.ftl files the Rust side compiles
// in (imported raw by Vite), so the CLI, the shell and the window say the
// same thing. A message missing in the chosen language falls back to English
// message by message, as in crates/l10n. Arguments that look like integers
// become numbers, like Rust does, so plural and select rules see numbers;
// like Rust's, those are written without digit grouping (ids, codes), while
// counts passed as numbers are grouped the way the language groups them.
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import en from '../../../locales/en/app.ftl?raw';

export const UI_LANGUAGES = ['en', 'fr', 'de', 'it'] as const;
/**
 * The pseudo-locale: English with every letter accented, words stretched
 * and each message in ⟦ ⟧, so that text not coming from app.ftl (a
 * hard-coded string) stands out on screen, and truncation shows.
 */
export const PSEUDO = 'qps' as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number] | typeof PSEUDO;

/** English's app.ftl: in the page's own script, since every language falls back to it. */
export const ENGLISH = en;

/**
 * The other languages' app.ftl, each a chunk of its own that the page loads
 * when the language is chosen: a window in one language does not parse and
 * keep the text of four (docs/benchmarks.md, issue 20).
 */
const OTHERS: Record<Exclude<UiLanguage, 'en' | typeof PSEUDO>, () => Promise<{ default: string }>> = {
  fr: () => import('../../../locales/fr/app.ftl?raw'),
  de: () => import('../../../locales/de/app.ftl?raw'),
  it: () => import('../../../locales/it/app.ftl?raw'),
};

/** The app.ftl of `lang` (the pseudo-locale's is English's). */
export async function loadSource(lang: UiLanguage): Promise<string> {
  if (lang === 'en' || lang === PSEUDO) return en;
  return (await OTHERS[lang]()).default;
}

/** The case topics the interface has names for (`topic-*` messages), in catalogue order. */
export const KNOWN_TOPICS: readonly string[] = [...en.matchAll(/^topic-([a-z0-9-]+) =/gm)].map((m) => m[1]);

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);

/** A text element in the pseudo-locale: accented, vowels doubled (about 30 % longer). */
export function pseudoText(text: string): string {
  let out = '';
  for (const c of text) {
    const a = ACCENTED[c] ?? c;
    out += 'aeiouAEIOU'.includes(c) ? a + a : a;
  }
  return out;
}

export type Args = Record<string, string | number | FluentNumber | null | undefined>;

/** A number written without grouping whatever the language: case #12345, not #12,345. */
export function plain(n: number): FluentNumber {
  return new FluentNumber(n, { useGrouping: false });
}

/** The UI language for a wish such as `de-CH`, `fr_FR.UTF-8` or null: English when unknown. */
export function pickLanguage(wanted: string | null | undefined): UiLanguage {
  const base = (wanted ?? '').split(/[-_.]/)[0].toLowerCase();
  if (base === PSEUDO) return PSEUDO;
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
}

/** Fluent arguments from ours: integer-looking strings become numbers, empty values are left out. */
export function toFluentArgs(args: Args | undefined): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(args)) {
    if (value === null || value === undefined) continue;
    out[name] = typeof value === 'string' && /^-?\d+$/.test(value) ? plain(Number(value)) : value;
  }
  return out;
}

export class Catalog {
  private readonly bundles = new Map<UiLanguage, FluentBundle>();

  private readonly sources: Partial<Record<UiLanguage, string>>;

  /** A catalog of the languages whose app.ftl is given; others are added when loaded. */
  constructor(sources: Partial<Record<UiLanguage, string>>) {
    this.sources = { ...sources };
  }

  /** Whether `lang`'s messages are here. */
  loaded(lang: UiLanguage): boolean {
    return this.sources[lang] !== undefined;
  }

  /** Adds `lang`'s app.ftl (see `loadSource`). */
  add(lang: UiLanguage, source: string): void {
    this.sources[lang] = source;
    this.bundles.delete(lang);
  }

  /** `lang`'s bundle, parsed at first use; none while its app.ftl is not loaded. */
  private bundle(lang: UiLanguage): FluentBundle | null {
    let bundle = this.bundles.get(lang);
    const source = this.sources[lang];
    if (!bundle && source !== undefined) {
      bundle =
        lang === PSEUDO
          ? new FluentBundle('en', { useIsolating: false, transform: pseudoText })
          : new FluentBundle(lang, { useIsolating: false });
      // A syntax error keeps the valid messages; the Rust parity test fails on it.
      bundle.addResource(new FluentResource(source));
      this.bundles.set(lang, bundle);
    }
    return bundle ?? null;
  }

  /** Whether `key` exists in `lang` or in English. */
  has(lang: UiLanguage, key: string): boolean {
    return !!this.bundle(lang)?.hasMessage(key) || !!this.bundle('en')?.hasMessage(key);
  }

  /** The message `key` in `lang` (else English), or the key itself when no language has it. */
  format(lang: UiLanguage, key: string, args?: Args): string {
    const fargs = toFluentArgs(args);
    for (const code of lang === 'en' || lang === PSEUDO ? ([lang] as const) : ([lang, 'en'] as const)) {
      const bundle = this.bundle(code);
      const pattern = bundle?.getMessage(key)?.value;
      if (bundle && pattern) {
        const errors: Error[] = [];
        const text = bundle.formatPattern(pattern, fargs, errors);
        return lang === PSEUDO ? `⟦${text}⟧` : text;
      }
    }
    return key;
  }
}
