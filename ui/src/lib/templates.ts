// Names of the languages templates and detected messages are in, as the UI
// language says them ("German", "allemand"), from `lang-<code>` messages;
// a code with no name shows as itself, upper-cased.

/** The languages that have a name in app.ftl. */
export const NAMED_LANGUAGES = ['en', 'fr', 'de', 'it', 'nl', 'es', 'pt'] as const;

export function languageName(code: string, t: (key: string) => string): string {
  const c = code.toLowerCase();
  return (NAMED_LANGUAGES as readonly string[]).includes(c) ? t(`lang-${c}`) : c.toUpperCase();
}

/** A confidence from 0 to 1 as a whole percentage. */
export function percent(confidence: number): number {
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100);
}
