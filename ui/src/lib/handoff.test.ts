import { describe, expect, it } from 'vitest';
import type { Reason } from './bindings';
import { actionsFor, fromLocalInput, reasonPhrase, toLocalInput } from './handoff';
import { Catalog } from './i18n';
import { ALL_SOURCES } from './all-sources';

describe('reasonPhrase', () => {
  const all: Reason[] = [
    { kind: 'topic', topic: 'baggage' },
    { kind: 'keyword', keyword: 'Koffer', topic: 'baggage' },
    { kind: 'customer_language', language: 'de' },
    { kind: 'agent_language', language: 'fr' },
    { kind: 'available_now', local_time: '10:15' },
    { kind: 'off_hours', local_time: '22:00' },
    { kind: 'away' },
    { kind: 'out_until', date: '2026-12-01' },
    { kind: 'load', open: 3 },
    { kind: 'answer_speed', median_minutes: 42 },
  ];

  it('gives every reason a sentence in every UI language, with its values filled in', () => {
    const catalog = new Catalog(ALL_SOURCES);
    for (const lang of ['en', 'fr', 'de', 'it'] as const) {
      for (const r of all) {
        const p = reasonPhrase(r);
        expect(catalog.has(lang, p.key), `${lang} ${p.key}`).toBe(true);
        const text = catalog.format(lang, p.key, p.args);
        expect(text, `${lang} ${p.key}`).not.toMatch(/\{|\$|undefined/);
        for (const v of Object.values(p.args)) expect(text).toContain(String(v));
      }
    }
  });

  it('marks what speaks against an expert', () => {
    expect(reasonPhrase({ kind: 'away' }).good).toBe(false);
    expect(reasonPhrase({ kind: 'load', open: 2 }).good).toBe(false);
    expect(reasonPhrase({ kind: 'load', open: 0 }).good).toBe(true);
    expect(reasonPhrase({ kind: 'topic', topic: 'baggage' }).good).toBe(true);
  });
});

describe('due time in the form', () => {
  it('round-trips a UTC instant through the local input to the minute', () => {
    const iso = '2026-11-23T14:45:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
  });

  it('refuses an empty or malformed value instead of sending a wrong time', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
    expect(toLocalInput('not a date')).toBe('');
  });
});

describe('actionsFor', () => {
  it('offers answer, decline and e-mail on an open handoff, and insert only on an answered one', () => {
    expect(actionsFor({ state: 'requested', answer: null })).toEqual({ answer: true, decline: true, email: true, insert: false });
    expect(actionsFor({ state: 'answered', answer: 'Found in ZRH.' })).toEqual({
      answer: false,
      decline: false,
      email: false,
      insert: true,
    });
    expect(actionsFor({ state: 'expired', answer: null }).insert).toBe(false);
    expect(actionsFor({ state: 'declined', answer: null }).answer).toBe(false);
  });
});
