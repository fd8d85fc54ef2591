// How a community's page sync reads, in the matrix and in "Connect pages":
// the status line (synced when, needs re-authorisation, backing off until
// when) and the last error in words a person can act on. The connector
// stores errors as short codes (`reauthorize`, `back-off`) or as
// `rejected:<code>: <Meta's words>` / `unreachable: <reason>`; nothing in
// them is a token or a URL.
import type { Args } from './i18n';
import type { Connection } from './bindings';
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

/** The last error as a sentence, or null when the last attempt worked. */
export function errorLine(c: Connection, t: Translate): string | null {
  const e = c.last_error;
  if (!e || c.status === 'ok') return null;
  if (e === 'reauthorize') return t('error-graph-reauthorize');
  if (e === 'back-off') return t('error-graph-back-off');
  const rejected = /^rejected:(\d+): ?(.*)$/s.exec(e);
  if (rejected) return t('error-graph-rejected', { detail: `(${rejected[1]}) ${rejected[2]}` });
  const unreachable = /^unreachable: ?(.*)$/s.exec(e);
  if (unreachable) return t('error-graph-unreachable', { detail: unreachable[1] });
  return e;
}
