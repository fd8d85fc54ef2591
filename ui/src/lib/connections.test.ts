import { describe, expect, it } from 'vitest';
import type { Connection, SyncError, SyncStatus } from './bindings';
import { errorLine, syncLine, syncShort } from './connections';
import { Catalog, type Args } from './i18n';
import { ALL_SOURCES } from './all-sources';
import { errorText, loadLanguage, locale } from './i18n.svelte';

const catalog = new Catalog(ALL_SOURCES);
const en = (key: string, args?: Args) => catalog.format('en', key, args);
const fr = (key: string, args?: Args) => catalog.format('fr', key, args);
const NOW = Date.parse('2026-12-03T10:00:00Z');

const REAUTH: SyncError = { code: 'graph-reauthorize', args: {} };
const BACK_OFF: SyncError = { code: 'graph-back-off', args: {} };
const UNREACHABLE: SyncError = { code: 'graph-unreachable', args: { detail: 'connection refused' } };

function conn(status: SyncStatus, last_error: SyncError | null = null): Connection {
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
    expect(syncLine(conn('needs_reauth', REAUTH), NOW, 'en-GB', en)).toBe('needs re-authorisation');
  });

  it('gives the next attempt of a page that backs off', () => {
    expect(syncLine(conn('backing_off', BACK_OFF), NOW, 'en-GB', en)).toMatch(/^Meta asked to slow down; next try \S/);
  });
});

describe('errorLine', () => {
  it('is empty while the sync works', () => {
    expect(errorLine(conn('ok'), errorText)).toBeNull();
    expect(errorLine(conn('ok', UNREACHABLE), errorText)).toBeNull();
  });

  it('says the stored error as every other error, with its arguments, in the UI language', async () => {
    await loadLanguage('fr');
    locale.lang = 'en';
    expect(errorLine(conn('needs_reauth', REAUTH), errorText)).toBe(en('error-graph-reauthorize'));
    const rejected: SyncError = { code: 'graph-rejected', args: { detail: '(100) Unsupported get request' } };
    expect(errorLine(conn('failing', rejected), errorText)).toBe('Meta refused the request: (100) Unsupported get request');
    expect(errorLine(conn('failing', UNREACHABLE), errorText)).toBe('The Graph API could not be reached: connection refused');
    const noToken: SyncError = { code: 'no-token', args: { value: 'lakeline/fr-CH' } };
    expect(errorLine(conn('needs_reauth', noToken), errorText)).toContain('lakeline/fr-CH');
    locale.lang = 'fr';
    expect(errorLine(conn('failing', UNREACHABLE), errorText)).toBe(fr('error-graph-unreachable', { detail: 'connection refused' }));
    expect(errorLine(conn('failing', UNREACHABLE), errorText)).toContain('connection refused');
    locale.lang = 'en';
  });

  it('says an error this version has no message for in the generic sentence', () => {
    // A bare code, as a workspace written by an older version keeps it.
    const old: SyncError = { code: 'reauthorize', args: {} };
    expect(errorLine(conn('needs_reauth', old), errorText)).toBe('Something went wrong: reauthorize');
  });
});

describe('syncShort', () => {
  it('fits a matrix cell: a word or two when something is wrong', () => {
    expect(syncShort(conn('failing', UNREACHABLE), NOW, 'en-GB', en)).toBe('failing');
    expect(syncShort(conn('backing_off', BACK_OFF), NOW, 'en-GB', en)).toBe('slowed down');
    expect(syncShort(conn('needs_reauth', REAUTH), NOW, 'de-CH', (k, a) => catalog.format('de', k, a))).toBe('neu verbinden');
  });

  it('says when a healthy page synced, as the full line does', () => {
    expect(syncShort(conn('ok'), NOW, 'en-GB', en)).toBe(syncLine(conn('ok'), NOW, 'en-GB', en));
  });
});
