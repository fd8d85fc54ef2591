// How a community's page sync reads, in the matrix and in "Connect pages":
// the status line (synced when, needs re-authorisation, backing off until
// when) and the last error in words a person can act on. The connector
// keeps the last error as every error of the desk, `{code, args}` (nothing
// in it is a token or a URL), and it is said as any other error is.
import type { Args } from './i18n';
import type { Connection, ErrorPayload } from './bindings';
import { formatWhen } from './time';

type Translate = (key: string, args?: Args) => string;

/** The Graph API root a real page is connected to. */
export const DEFAULT_GRAPH_URL = 'https://graph.facebook.com/v21.0';

export function syncLine(c: Connection, now: number, locale: string, t: Translate): string {
  const when = (at: string | null) => (at ? formatWhen(at, now, locale) : '');
  switch (c.status) {
    case 'ok':
      return c.last_sync_at ? t('sync-ok', { when: when(c.last_sync_at) }) : t('sync-never');
    case 'needs_reauth':
      return t('sync-needs-reauth');
    case 'backing_off':
      return t('sync-backing-off', { when: when(c.next_attempt_at) });
    default:
      return t('sync-failing', { when: when(c.next_attempt_at) });
  }
}

/**
 * The few words a matrix cell has room for; the cell's tooltip carries
 * the whole line and the error.
 */
export function syncShort(c: Connection, now: number, locale: string, t: Translate): string {
  switch (c.status) {
    case 'ok':
      return syncLine(c, now, locale, t);
    case 'needs_reauth':
      return t('sync-short-reauth');
    case 'backing_off':
      return t('sync-short-backing-off');
    default:
      return t('sync-short-failing');
  }
}

/**
 * The last error as a sentence (`describe` is the UI's `errorText`), or null
 * when the last attempt worked.
 */
export function errorLine(c: Connection, describe: (e: ErrorPayload) => string): string | null {
  if (!c.last_error || c.status === 'ok') return null;
  return describe(c.last_error);
}
