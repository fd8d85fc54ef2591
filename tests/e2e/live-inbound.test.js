// A fan's message recorded by another process (here the CLI) appears in the
// open window by itself: no reload, within 5 seconds.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { nonce, queueTotal, readState, tid } from './lib/ui.js';

describe('a message added with the CLI appears live', () => {
  const app = useApp('live-inbound');

  it('the unified queue gains the new case within 5 s, without a reload', async (t) => {
    await app.step(t, async () => {
      // "All communities", and a marker that a reload would wipe.
      await (await app.wd.find(tid('matrix-all'))).click();
      const marker = nonce();
      await app.wd.execute('window.__e2eMarker = arguments[0]', marker);
      // The click reloads the queue: its total reads "Counting…" until the
      // count is back.
      let before;
      await waitFor(
        async () => {
          before = await queueTotal(app.wd);
          return Number.isInteger(before.n);
        },
        5000,
        { message: '[data-testid=queue-total] showing a number', describe: () => `found "${before && before.text}"` },
      );

      const text = `Live message ${nonce()}`;
      const { stdout } = await app.cli(['inbound', '--community', 'lakeline/en', '--from', 'Live Tester', '--text', text, '--json']);
      const outcome = JSON.parse(stdout)[0];
      assert.equal(outcome.outcome, 'stored', `the CLI should store the message, said ${stdout}`);
      const caseId = String(outcome.case_id);
      const t0 = Date.now();

      let now;
      let s;
      await waitFor(
        async () => {
          now = await queueTotal(app.wd);
          s = await readState(app.wd);
          return now.n === before.n + 1 || s.rows.some((r) => r.id === caseId || r.text.includes('Live Tester'));
        },
        5000,
        {
          interval: 100,
          message: `the new case #${caseId} in the queue (queue-total ${before.n} → ${before.n + 1}, or a row for "Live Tester")`,
          describe: () => `queue-total still reads "${now && now.text}"; no row for case #${caseId}`,
        },
      );
      t.diagnostic(`the window showed the new case ${Date.now() - t0} ms after the CLI stored it`);
      await app.screenshot('live-inbound');

      const reloaded = (await app.wd.execute('return window.__e2eMarker')) !== marker;
      assert.equal(reloaded, false, 'the page was reloaded: the update must arrive live');
      const after = await queueTotal(app.wd);
      assert.equal(after.n, before.n + 1, `[data-testid=queue-total] should go from ${before.n} to ${before.n + 1}, found "${after.text}"`);
      const row = s.rows.find((r) => r.id === caseId);
      if (row) {
        assert.equal(row.community, 'lakeline/en', `the new row should belong to lakeline/en, found ${row.community}`);
      } else {
        t.diagnostic(`case #${caseId} is counted but not among the ${s.rows.length} rendered rows (ordered by due time)`);
      }
    });
  });
});
