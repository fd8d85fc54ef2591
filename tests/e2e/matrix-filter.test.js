// Clicking a matrix cell filters the queue to that community; "all
// communities" brings the unified queue back.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { describeRows, queueTotal, readState, tid, waitForRows } from './lib/ui.js';

const HANDLE = 'lakeline/fr-CH';

describe('clicking a matrix cell shows only that community\'s cases', () => {
  const app = useApp('matrix-filter');

  it(`clicking ${HANDLE} filters the queue to it`, async (t) => {
    await app.step(t, async () => {
      const before = await waitForRows(app.wd);
      assert.ok(
        before.rows.some((r) => r.community !== HANDLE),
        `precondition: the unified queue should show other communities too, found ${describeRows(before.rows)}`,
      );

      await (await app.wd.find(`${tid('matrix-cell')}[data-handle="${HANDLE}"]`)).click();

      let s;
      await waitFor(
        async () => {
          s = await readState(app.wd);
          return s.rows.length > 0 && s.rows.every((r) => r.community === HANDLE);
        },
        5000,
        { message: `every [data-testid=queue-row] to have data-community="${HANDLE}"`, describe: () => `found ${describeRows(s && s.rows)}` },
      );
      await app.screenshot('matrix-filter');

      const { stdout } = await app.cli(['queue', '--community', HANDLE, '--json']);
      const expected = JSON.parse(stdout).map((c) => String(c.id));
      const total = await queueTotal(app.wd);
      assert.equal(total.n, expected.length, `[data-testid=queue-total] should show ${expected.length} cases of ${HANDLE} (CLI), found "${total.text}"`);
      assert.deepEqual(
        s.rows.map((r) => r.id),
        expected.slice(0, s.rows.length),
        `the rows should be ${HANDLE}'s open cases in the CLI's order`,
      );
      assert.equal(s.errorBanner, null, `expected no [data-testid=error], found: ${s.errorBanner}`);
    });
  });

  it('"all communities" shows every community again', async (t) => {
    await app.step(t, async () => {
      await (await app.wd.find(tid('matrix-all'))).click();
      let s;
      await waitFor(
        async () => {
          s = await readState(app.wd);
          return new Set(s.rows.map((r) => r.community)).size > 1;
        },
        5000,
        { message: 'queue rows from more than one community after clicking [data-testid=matrix-all]', describe: () => `found ${describeRows(s && s.rows)}` },
      );
    });
  });
});
