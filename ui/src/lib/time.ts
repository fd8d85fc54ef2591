// Durations and times as people on a care desk read them: an SLA countdown
// in whole minutes that goes negative once breached ("−1 h 20 min"), an age
// ("3 h 5 min" waiting), a clock time for today and a date otherwise. The
// words come from app.ftl through the `t` given, so this stays pure and
// testable, and every language chooses its own units.
import type { Args } from './i18n';

export type Translate = (key: string, args?: Args) => string;

export interface DurationParts {
  negative: boolean;
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE = 60_000;

/**
 * Whole minutes of `ms`, rounded down like a clock counting towards zero and
 * past it: 59.5 min left reads 59 min, 30 s overdue reads −1 min.
 */
export function splitDuration(ms: number): DurationParts {
  const total = Math.floor(ms / MINUTE);
  const abs = Math.abs(total);
  return {
    negative: total < 0,
    days: Math.floor(abs / 1440),
    hours: Math.floor((abs % 1440) / 60),
    minutes: abs % 60,
  };
}

/** A duration without its sign: minutes, hours and minutes, or days and hours. */
export function formatDuration(parts: DurationParts, t: Translate): string {
  if (parts.days > 0) return t('duration-days', { days: parts.days, hours: parts.hours });
  if (parts.hours > 0) {
    return t('duration-hours', { hours: parts.hours, minutes: parts.minutes });
  }
  return t('duration-minutes', { minutes: parts.minutes });
}

/** Time left until `due` at `now`; negative (overdue) past it. */
export function formatCountdown(due: string, now: number, t: Translate): string {
  const parts = splitDuration(Date.parse(due) - now);
  const text = formatDuration(parts, t);
  return parts.negative ? t('countdown-overdue', { duration: text }) : text;
}

/** How long since `since`; never negative (clocks of two machines disagree a little). */
export function formatAge(since: string, now: number, t: Translate): string {
  return formatDuration(splitDuration(Math.max(0, now - Date.parse(since))), t);
}

/** "40 s ago" under a minute, then "3 min ago", "1 h 5 min ago"; never in the future. */
export function formatAgo(since: string, now: number, t: Translate): string {
  const ms = Math.max(0, now - Date.parse(since));
  if (ms < MINUTE) return t('ago-seconds', { seconds: Math.floor(ms / 1000) });
  return t('ago-duration', { duration: formatAge(since, now, t) });
}

function sameDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

/** `14:05` today, `3.5.25, 14:05` on another day (in the conventions of `locale`). */
export function formatWhen(iso: string, now: number, locale: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = sameDay(at, new Date(now))
    ? { timeStyle: 'short' }
    : { dateStyle: 'short', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale, options).format(at);
}

/**
 * The locale whose date conventions to use for UI language `lang`: the
 * system's own variant of that language when it has one (de-CH rather than
 * de-DE for a Swiss desk), else the bare language.
 */
export function intlLocale(lang: string, systemLanguages: readonly string[]): string {
  // The pseudo-locale formats dates and numbers as English does.
  if (lang === 'qps') return 'en';
  return systemLanguages.find((l) => l.toLowerCase().split('-')[0] === lang) ?? lang;
}
