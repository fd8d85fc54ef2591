import { describe, expect, it } from 'vitest';
import type { Connection, SyncStatus } from './bindings';
import { errorLine, syncLine, syncShort } from './connections';
import { Catalog, SOURCES, type Args } from './i18n';

const catalog = new Catalog(SOURCES);
const en = (key: string, args?: Args) => catalog.format('en', key, args);
const fr = (key: string, args?: Args) => catalog.format('fr', key, args);
const NOW = Date.parse('2026-12-03T10:00:00Z');

function conn(status: SyncStatus, last_error: string | null = null): Connection {
  return {
    community_id: 1,
    base_url: 'http://127.0.0.1:4010/v21.0',
    human_agent: false,
    poll_secs: 60,
    connected_at: '2026-12-03T09:00:00Z',
    status,
    last_sync_at: status === 'ok' ? '2026-12-03T09:59:30Z' : null,
    last_error,
    next_attempt_at: '2026-12-03T10:01:00Z',
  };
}

describe('syncLine', () => {
  it('says when a healthy page last synced, in the UI language', () => {
    expect(syncLine(conn('ok'), NOW, 'en-GB', en)).toMatch(/^synced /);
    expect(syncLine(conn('ok'), NOW, 'fr-CH', fr)).toMatch(/^synchronisée /);
  });

  it('says a page that needs a new token needs re-authorisation', () => {
    expect(syncLine(conn('needs_reauth', 'reauthorize'), NOW, 'en-GB', en)).toBe('needs re-authorisation');
  });

  it('gives the next attempt of a page that backs off', () => {
    expect(syncLine(conn('backing_off', 'back-off'), NOW, 'en-GB', en)).toMatch(/^Meta asked to slow down; next try \S/);
  });
});

describe('errorLine', () => {
  it('is empty while the sync works', () => {
    expect(errorLine(conn('ok'), en)).toBeNull();
  });

  it('turns the stored codes into sentences with Meta’s own words', () => {
    expect(errorLine(conn('needs_reauth', 'reauthorize'), en)).toBe(en('error-graph-reauthorize'));
    expect(errorLine(conn('failing', 'rejected:100: Unsupported get request'), en)).toBe(
      'Meta refused the request: (100) Unsupported get request',
    );
    expect(errorLine(conn('failing', 'unreachable: connection refused'), en)).toBe(
      'The Graph API could not be reached: connection refused',
    );
  });
});

describe('syncShort', () => {
  it('fits a matrix cell: a word or two when something is wrong', () => {
    expect(syncShort(conn('failing', 'unreachable: refused'), NOW, 'en-GB', en)).toBe('failing');
    expect(syncShort(conn('backing_off', 'back-off'), NOW, 'en-GB', en)).toBe('slowed down');
    expect(syncShort(conn('needs_reauth', 'reauthorize'), NOW, 'de-CH', (k, a) => catalog.format('de', k, a))).toBe('neu verbinden');
  });

  it('says when a healthy page synced, as the full line does', () => {
    expect(syncShort(conn('ok'), NOW, 'en-GB', en)).toBe(syncLine(conn('ok'), NOW, 'en-GB', en));
  });
});
