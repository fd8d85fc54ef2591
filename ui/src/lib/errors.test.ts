import { describe, expect, it } from 'vitest';
import { errorText, loadLanguage, locale } from './i18n.svelte';

describe('errorText', () => {
  it('says a refused transition with the statuses in words of the UI language', async () => {
    await loadLanguage('de');
    locale.lang = 'en';
    expect(errorText({ code: 'case-transition', args: { from: 'resolved', to: 'waiting_customer' } })).toBe(
      'A case cannot go from “resolved” to “waiting for customer”.',
    );
    locale.lang = 'de';
    expect(errorText({ code: 'case-transition', args: { from: 'resolved', to: 'waiting_customer' } })).toBe(
      'Ein Fall kann nicht von «gelöst» zu «wartet auf Kunde» wechseln.',
    );
    locale.lang = 'en';
  });

  it('asks who you are for no-agent', () => {
    expect(errorText({ code: 'no-agent', args: {} })).toMatch(/who you are/);
  });

  it('falls back to a generic sentence for a code it does not know', () => {
    expect(errorText({ code: 'teapot', args: {} })).toBe('Something went wrong: teapot');
    expect(errorText({ code: 'unexpected', args: { reason: 'command queue not found' } })).toBe(
      'Something went wrong: command queue not found',
    );
  });
});
