// Opening the most urgent case: keyboard first (j/k select, Enter opens),
// and a click on a row opens that row's case.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { Keys, waitFor } from './lib/webdriver.js';
import { blurInputs, describeRows, readState, tid, waitForRows } from './lib/ui.js';

describe('opening the most urgent case', () => {
  const app = useApp('open-case');

  it('Enter on the first queue row opens it in the case view', async (t) => {
    await app.step(t, async () => {
      const s0 = await waitForRows(app.wd);
      const first = s0.rows[0];
      await blurInputs(app.wd);

      // Select the first row with the keyboard: j moves down, k up.
      let s = s0;
      if (s.rows[0].selected !== 'true') {
        await app.wd.pressKeys(['j']);
        s = await waitFor(
          async () => {
            const x = await readState(app.wd);
            return x.rows.some((r) => r.selected === 'true') ? x : null;
          },
          3000,
          { message: 'a queue row with aria-selected="true" after pressing j', describe: () => `found ${describeRows(s0.rows)}` },
        );
        if (s.rows[0].selected !== 'true') {
          await app.wd.pressKeys(['k']);
          s = await readState(app.wd);
        }
      }
      assert.equal(
        s.rows[0].selected,
        'true',
        `the first row (#${first.id}) should be selected (aria-selected="true") before Enter, found ${describeRows(s.rows, 4)}`,
      );

      await app.wd.pressKeys([Keys.ENTER]);
      let cv;
      await waitFor(
        async () => {
          cv = (await readState(app.wd)).caseView;
          return cv && cv.id === first.id;
        },
        5000,
        { message: `[data-testid=case-view] with data-case-id="${first.id}"`, describe: () => `found ${JSON.stringify(cv)}` },
      );
      await app.screenshot('open-case');
      const st = await readState(app.wd);
      assert.ok(st.thread.length > 0, `the case view should show the thread ([data-testid=thread-message]), found none`);
      assert.ok(
        st.thread.some((m) => m.direction === 'inbound'),
        `the thread should have the fan's message (data-direction=inbound), found ${JSON.stringify(st.thread.map((m) => m.direction))}`,
      );
    });
  });

  it('a click on another row opens that case', async (t) => {
    await app.step(t, async () => {
      const rows = await app.wd.findAll(tid('queue-row'));
      assert.ok(rows.length >= 2, `expected at least 2 queue rows, found ${rows.length}`);
      const id = await rows[1].attribute('data-case-id');
      await rows[1].click();
      let cv;
      await waitFor(
        async () => {
          cv = (await readState(app.wd)).caseView;
          return cv && cv.id === id;
        },
        5000,
        { message: `[data-testid=case-view] with data-case-id="${id}" after clicking the second row`, describe: () => `found ${JSON.stringify(cv)}` },
      );
      await app.screenshot('open-case-click');
    });
  });
});
