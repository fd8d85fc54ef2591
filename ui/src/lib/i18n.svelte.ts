// The reactive side of the UI strings: the current language is state, and
// `t()` reads it, so every text in a template re-renders when the language
// changes at runtime, without reloading the window. Components call `t()`
// directly; there is no store to subscribe to.
import type { CaseStatus, ErrorPayload } from './bindings';
import { Catalog, ENGLISH, PSEUDO, loadSource, type Args, type UiLanguage } from './i18n';
import { STATUSES, statusKey } from './rules';
import { intlLocale } from './time';

const catalog = new Catalog({ en: ENGLISH, [PSEUDO]: ENGLISH });

export const locale = $state({ lang: 'en' as UiLanguage });

export function t(key: string, args?: Args): string {
  return catalog.format(locale.lang, key, args);
}

/** A status named in an error (`waiting_customer`) as the UI language says it. */
function statusWord(value: string | undefined): string | undefined {
  return value !== undefined && (STATUSES as readonly string[]).includes(value)
    ? t(statusKey(value as CaseStatus))
    : value;
}

/**
 * An IPC error as a sentence: `error-<code>` with its arguments (statuses
 * in words, not identifiers), or a generic sentence for an unknown code.
 */
export function errorText(e: ErrorPayload): string {
  const key = 'error-' + e.code;
  if (!catalog.has(locale.lang, key)) return t('error-unexpected', { reason: e.args.reason ?? e.code });
  const args = e.code === 'case-transition' ? { ...e.args, from: statusWord(e.args.from), to: statusWord(e.args.to) } : e.args;
  return t(key, args);
}

/** A case topic (`baggage-damaged`) as the UI language names it; one it does not know, with spaces for dashes. */
export function topicLabel(slug: string): string {
  const key = 'topic-' + slug;
  return catalog.has(locale.lang, key) ? t(key) : slug.replace(/-/g, ' ');
}

/** Makes `lang`'s messages available: its app.ftl is loaded at its first use. */
export async function loadLanguage(lang: UiLanguage): Promise<void> {
  if (!catalog.loaded(lang)) catalog.add(lang, await loadSource(lang));
}

/** The language last asked for: a slower load of an earlier choice does not override it. */
let wanted: UiLanguage | null = null;

/** Shows the window in `lang` once its messages are in (until then, in the language it was in). */
export async function applyLanguage(lang: UiLanguage): Promise<void> {
  wanted = lang;
  await loadLanguage(lang);
  if (wanted !== lang) return;
  locale.lang = lang;
  document.documentElement.lang = lang;
  document.title = t('window-title');
}

/** The locale for dates and numbers (and counts): the system's variant of the UI language (de-CH) when there is one. */
export function dateLocale(): string {
  return intlLocale(locale.lang, typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** A count as the UI language writes it: 10,000 / 10 000 / 10’000. */
export function formatCount(n: number): string {
  return new Intl.NumberFormat(dateLocale()).format(n);
}
