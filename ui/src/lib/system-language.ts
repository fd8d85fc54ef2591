// WebKit reports the process's locale as the system language: under
// Debian's default C.UTF-8 locale (containers, root shells, fresh installs
// without locales) that is `c.utf-8`, which is not a language tag, and any
// Intl formatter given it throws — the chart library makes one as it loads,
// so the window stayed blank. main.ts imports this module first: tags that
// are not language tags are dropped (English when none is left) before any
// other module reads them.

/** The language tags among `tags` that Intl accepts; `en-US` when none is. */
export function usableTags(tags: readonly string[]): string[] {
  const usable = tags.filter((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length > 0;
    } catch {
      return false;
    }
  });
  return usable.length > 0 ? usable : ['en-US'];
}

/** Makes `nav.language` and `nav.languages` usable language tags. */
export function repairSystemLanguage(nav: Navigator): void {
  const reported = nav.languages?.length ? [...nav.languages] : [nav.language];
  const languages = usableTags(reported);
  if (languages.length === reported.length && languages[0] === nav.language) return;
  Object.defineProperty(nav, 'language', { value: languages[0], configurable: true });
  Object.defineProperty(nav, 'languages', { value: Object.freeze(languages), configurable: true });
}

if (typeof navigator !== 'undefined') repairSystemLanguage(navigator);
