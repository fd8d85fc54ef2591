// Issue 18, the keyboard and search through a working day: Enter after
// clicking a matrix cell opens that community's most urgent case (the
// click leaves nothing focused that would swallow the key); while search
// hits are shown the window counts messages found, not the queue's cases
// beside them; search keeps to the community the matrix shows, finds as
// you type, marks the words and hands the keyboard to its hits on ↓;
// undoing a resolve leaves a new case new; `o` on an open case says so.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { blurInputs, describeRows, readState, tid, waitForRows } from './lib/ui.js';

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

  it('search keeps to the community shown, finds as you type, marks the words, and ↓ leads to the hits', async (t) => {
    await app.step(t, async () => {
      await (await app.wd.find(`${tid('matrix-cell')}[data-handle="${HANDLE}"]`)).click();
      const input = await app.wd.find(tid('search-input'));
      await input.click();
      // No Enter: the hits come as the person types.
      await input.sendKeys('Koffer');
      const hits = await waitFor(
        async () => {
          const h = await app.wd.execute(`return [...document.querySelectorAll('${tid('search-hit')}')].map((e) => ({
            case: e.getAttribute('data-case-id'),
            where: e.querySelector('.where')?.textContent.trim(),
            marks: [...e.querySelectorAll('mark')].map((m) => m.textContent),
          }));`);
          return h.length > 0 ? h : null;
        },
        10000,
        { message: 'hits for "Koffer" without pressing Enter' },
      );
      assert.deepEqual([...new Set(hits.map((h) => h.where))], [HANDLE], `only ${HANDLE}'s messages: ${JSON.stringify(hits)}`);
      assert.ok(hits.every((h) => h.marks.some((m) => /^koffer/i.test(m))), `"Koffer" is marked in every hit: ${JSON.stringify(hits)}`);
      // The same words in every community find more.
      await (await app.wd.find(tid('matrix-all'))).click();
      await waitFor(
        () => app.wd.execute(`return [...document.querySelectorAll('${tid('search-hit')} .where')].some((e) => e.textContent.trim() !== '${HANDLE}');`),
        10000,
        { message: 'hits from other communities once every community is shown' },
      );
      // ↓ from the box: the keyboard is on the hits; j moves, Enter opens.
      await input.click();
      await app.wd.pressKeys(['\uE015']); // ArrowDown
      let s = await readState(app.wd);
      assert.notEqual(s.active?.testid, 'search-input', `the box let go of the keyboard: ${JSON.stringify(s.active)}`);
      await app.wd.pressKeys(['j', '\uE007']);
      const second = await app.wd.execute(`return document.querySelectorAll('${tid('search-hit')}')[1]?.getAttribute('data-case-id');`);
      await waitFor(async () => (s = await readState(app.wd)).caseView?.id === second, 5000, {
        message: `the second hit's case (#${second}) open after ↓ j Enter`,
        describe: () => JSON.stringify(s.caseView),
      });
      await app.wd.pressKeys(['\uE00C']);
    });
  });

  it('undoing a resolve leaves a new case new, and o on an open case says it is open', async (t) => {
    await app.step(t, async () => {
      await waitForRows(app.wd);
      const id = await app.wd.execute(`return document.querySelector('${tid('queue-row')}[data-status="new"]')?.getAttribute('data-case-id');`);
      assert.ok(id, 'the demo queue has a new case');
      await (await app.wd.find(`${tid('queue-row')}[data-case-id="${id}"]`)).click();
      let s;
      await waitFor(async () => (s = await readState(app.wd)).caseView?.id === id, 5000, { message: `case #${id} open` });
      assert.equal(s.caseView.status, 'new');
      await blurInputs(app.wd);
      await app.wd.pressKeys(['e']);
      await waitFor(async () => (await readState(app.wd)).caseView?.status === 'resolved', 5000, { message: 'resolved by e' });
      await app.wd.pressKeys(['z']);
      await waitFor(async () => (s = await readState(app.wd)).caseView?.status === 'new', 5000, {
        message: 'new again after undo (z)',
        describe: () => `status ${s.caseView?.status}, error ${s.errorBanner}`,
      });
      await app.wd.pressKeys(['o']);
      await waitFor(async () => (await readState(app.wd)).caseView?.status === 'open', 5000, { message: 'open after o' });
      await app.wd.pressKeys(['o']);
      const notice = await waitFor(
        async () => {
          const n = await app.wd.findAll(tid('notice'));
          const text = n.length ? await n[0].text() : '';
          return /already open/.test(text) ? text : null;
        },
        5000,
        { message: 'a notice that the case is already open' },
      );
      s = await readState(app.wd);
      assert.equal(s.errorBanner, null, `no error banner beside "${notice}"`);
    });
  });
});
