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
import fr from '../../../locales/fr/app.ftl?raw';
import de from '../../../locales/de/app.ftl?raw';
import it from '../../../locales/it/app.ftl?raw';

export const UI_LANGUAGES = ['en', 'fr', 'de', 'it'] as const;
/**
 * The pseudo-locale: English with every letter accented, words stretched
 * and each message in ⟦ ⟧, so that text not coming from app.ftl (a
 * hard-coded string) stands out on screen, and truncation shows.
 */
export const PSEUDO = 'qps' as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number] | typeof PSEUDO;

export const SOURCES: Record<UiLanguage, string> = { en, fr, de, it, qps: en };

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

  constructor(private readonly sources: Record<UiLanguage, string>) {}

  private bundle(lang: UiLanguage): FluentBundle {
    let bundle = this.bundles.get(lang);
    if (!bundle) {
      bundle =
        lang === PSEUDO
          ? new FluentBundle('en', { useIsolating: false, transform: pseudoText })
          : new FluentBundle(lang, { useIsolating: false });
      // A syntax error keeps the valid messages; the Rust parity test fails on it.
      bundle.addResource(new FluentResource(this.sources[lang]));
      this.bundles.set(lang, bundle);
    }
    return bundle;
  }

  /** Whether `key` exists in `lang` or in English. */
  has(lang: UiLanguage, key: string): boolean {
    return this.bundle(lang).hasMessage(key) || this.bundle('en').hasMessage(key);
  }

  /** The message `key` in `lang` (else English), or the key itself when no language has it. */
  format(lang: UiLanguage, key: string, args?: Args): string {
    const fargs = toFluentArgs(args);
    for (const code of lang === 'en' || lang === PSEUDO ? ([lang] as const) : ([lang, 'en'] as const)) {
      const bundle = this.bundle(code);
      const pattern = bundle.getMessage(key)?.value;
      if (pattern) {
        const errors: Error[] = [];
        const text = bundle.formatPattern(pattern, fargs, errors);
        return lang === PSEUDO ? `⟦${text}⟧` : text;
      }
    }
    return key;
  }
}
