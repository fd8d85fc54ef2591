// Switching the interface to German: the labels change at once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { chooseOption, readState, tid } from './lib/ui.js';

// col-open and col-breached in locales/de/app.ftl and locales/en/app.ftl.
const GERMAN = /Offen|Überfällig/;
const ENGLISH = /\bOpen\b|\bBreached\b/;

describe('switching the UI to German', () => {
  const app = useApp('language');

  it('choosing "de" in the language menu shows German labels', async (t) => {
    await app.step(t, async () => {
      const s0 = await readState(app.wd);
      assert.match(s0.matrix || '', ENGLISH, `precondition: the matrix should start in English (SWITCHBOARD_LANG=en), found: ${s0.matrix}`);
      assert.doesNotMatch(s0.matrix || '', GERMAN, 'precondition: no German labels before switching');

      await chooseOption(app.wd, tid('language-select'), 'de');

      let s;
      await waitFor(
        async () => {
          s = await readState(app.wd);
          return GERMAN.test(s.matrix || '');
        },
        5000,
        { message: 'German labels ("Offen" or "Überfällig") in [data-testid=matrix]', describe: () => `the matrix reads: ${JSON.stringify((s && s.matrix) || '').slice(0, 300)}` },
      );
      await app.screenshot('language');
      assert.doesNotMatch(s.matrix, ENGLISH, `no English column labels should remain in the matrix, found: ${s.matrix.slice(0, 300)}`);
      assert.ok(s.rows.length > 0, 'the queue should still show its rows after switching language');
    });
  });

  it('choosing "en" again brings English back', async (t) => {
    await app.step(t, async () => {
      await chooseOption(app.wd, tid('language-select'), 'en');
      let s;
      await waitFor(
        async () => {
          s = await readState(app.wd);
          return ENGLISH.test(s.matrix || '') && !GERMAN.test(s.matrix || '');
        },
        5000,
        { message: 'English labels back in [data-testid=matrix]', describe: () => `the matrix reads: ${JSON.stringify((s && s.matrix) || '').slice(0, 300)}` },
      );
    });
  });
});
