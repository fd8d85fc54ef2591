// Issue 18, the keyboard and search through a working day: Enter after
// clicking a matrix cell opens that community's most urgent case (the
// click leaves nothing focused that would swallow the key), and while
// search hits are shown the window counts messages found, not the queue's
// cases beside them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { describeRows, readState, tid, waitForRows } from './lib/ui.js';

const HANDLE = 'summit-air/de-CH';

describe('the keyboard and search through a working day', () => {
  const app = useApp('working-day-keys');

  it('Enter after clicking a matrix cell opens its first case', async (t) => {
    await app.step(t, async () => {
      await waitForRows(app.wd);
      await (await app.wd.find(`${tid('matrix-cell')}[data-handle="${HANDLE}"]`)).click();
      let s;
      await waitFor(
        async () => {
          s = await readState(app.wd);
          return s.rows.length > 0 && s.rows.every((r) => r.community === HANDLE);
        },
        5000,
        { message: `the queue filtered to ${HANDLE}`, describe: () => describeRows(s && s.rows) },
      );
      await app.wd.pressKeys(['\uE007']); // Enter
      await waitFor(async () => (s = await readState(app.wd)).caseView !== null, 5000, {
        message: 'a case open after Enter',
        describe: () => `active element: ${JSON.stringify(s.active)}`,
      });
      assert.equal(s.caseView.id, s.rows[0].id, `the first row of ${HANDLE} is open`);
    });
  });

  it('search hits are counted as messages, without the queue total beside them', async (t) => {
    await app.step(t, async () => {
      const input = await app.wd.find(tid('search-input'));
      await input.click();
      await input.sendKeys('Koffer\uE007');
      await waitFor(() => app.wd.execute(`return document.querySelectorAll('${tid('search-hit')}').length > 0;`), 10000, {
        message: 'search hits for "Koffer"',
      });
      const shown = await app.wd.execute(`
        const total = document.querySelector('${tid('queue-total')}');
        return { total: total ? total.textContent.trim() : null, head: document.querySelector('.results .head')?.textContent.trim() };`);
      assert.equal(shown.total, null, `no queue total beside the hits: ${JSON.stringify(shown)}`);
      assert.match(shown.head, /found/, `the hits are counted: ${JSON.stringify(shown)}`);
      await app.screenshot('working-day-search');
      await app.wd.pressKeys(['\uE00C']);
      await waitFor(() => app.wd.execute(`return !!document.querySelector('${tid('queue-total')}');`), 5000, {
        message: 'the queue total back after leaving search',
      });
    });
  });
});
