// The window opens on the demo workspace: the matrix shows the six
// communities, the unified queue has the open cases.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { DEMO_HANDLES, describeRows, queueTotal, readState } from './lib/ui.js';

describe('the window opens on the demo workspace', () => {
  const app = useApp('window-opens');

  it('shows the six communities in the matrix and the open cases in the queue', async (t) => {
    await app.step(t, async () => {
      const s = await readState(app.wd);
      await app.screenshot('window-opens');

      assert.equal(s.errorBanner, null, `expected no [data-testid=error], found: ${s.errorBanner}`);
      assert.equal(s.cells.length, 6, `expected 6 [data-testid=matrix-cell], found ${s.cells.length}: ${JSON.stringify(s.cells.map((c) => c.handle))}`);
      assert.deepEqual(
        s.cells.map((c) => c.handle).sort(),
        [...DEMO_HANDLES].sort(),
        'the matrix cells\' data-handle should be the six demo communities',
      );
      assert.ok(s.rows.length > 0, `expected [data-testid=queue-row] rows, found ${describeRows(s.rows)}`);
      for (const r of s.rows) {
        assert.match(String(r.id), /^\d+$/, `every queue row needs a numeric data-case-id, found ${JSON.stringify(r)}`);
        assert.ok(DEMO_HANDLES.includes(r.community), `queue row #${r.id} has data-community=${r.community}, not a demo community`);
      }
      const communities = new Set(s.rows.map((r) => r.community));
      assert.ok(communities.size > 1, `the unified queue should mix communities, found only ${[...communities]}`);

      // The unified queue counts every open case: the CLI's per-community
      // open counts, added up.
      const { stdout } = await app.cli(['communities', '--json']);
      const open = JSON.parse(stdout).reduce((n, c) => n + c.open, 0);
      const total = await queueTotal(app.wd);
      assert.equal(total.n, open, `[data-testid=queue-total] should show ${open} open cases (CLI), found "${total.text}"`);
    });
  });

  it('lists the most urgent case first, as the CLI does', async (t) => {
    await app.step(t, async () => {
      const s = await readState(app.wd);
      const { stdout } = await app.cli(['queue', '--json']);
      const cli = JSON.parse(stdout);
      assert.ok(s.rows.length > 0, 'expected queue rows');
      assert.equal(
        s.rows[0].id,
        String(cli[0].id),
        `the first queue row should be case #${cli[0].id} (${cli[0].community}, the most urgent per the CLI), found ${describeRows(s.rows, 3)}`,
      );
    });
  });
});
