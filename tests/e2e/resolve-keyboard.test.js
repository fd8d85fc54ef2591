// Resolving with the keyboard: with a case open and the focus outside any
// input, "e" resolves it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { blurInputs, readState, tid, waitForRows } from './lib/ui.js';

describe('resolving with the keyboard', () => {
  const app = useApp('resolve-keyboard');

  it('"e" on an open case marks it resolved', async (t) => {
    await app.step(t, async () => {
      const s0 = await waitForRows(app.wd);
      const caseId = s0.rows[0].id;
      await (await app.wd.find(`${tid('queue-row')}[data-case-id="${caseId}"]`)).click();
      let s;
      await waitFor(
        async () => {
          s = await readState(app.wd);
          return s.caseView?.id === caseId;
        },
        5000,
        { message: `[data-testid=case-view] data-case-id="${caseId}"`, describe: () => `found ${JSON.stringify(s && s.caseView)}` },
      );
      assert.notEqual(s.caseView.status, 'resolved', `precondition: case #${caseId} should not be resolved yet`);

      const blurred = await blurInputs(app.wd);
      if (blurred) t.diagnostic(`focus was in a <${blurred}> after opening the case; blurred it`);
      await app.wd.pressKeys(['e']);

      await waitFor(
        async () => {
          s = await readState(app.wd);
          return s.caseView?.status === 'resolved';
        },
        5000,
        {
          message: `[data-testid=case-view] data-status="resolved" after pressing e`,
          describe: () => `found ${JSON.stringify(s && s.caseView)}${s && s.errorBanner ? `; error shown: ${s.errorBanner}` : ''}`,
        },
      );
      await app.screenshot('resolve-keyboard');

      // "e" again on the resolved case: said, not an error banner.
      await app.wd.pressKeys(['e']);
      const notice = await waitFor(
        async () => {
          const n = await app.wd.findAll(tid('notice'));
          const text = n.length ? await n[0].text() : '';
          return text.includes('already') ? text : null;
        },
        5000,
        { message: 'a notice that the case is already resolved' },
      );
      assert.match(notice, /already resolved/, notice);
      s = await readState(app.wd);
      assert.equal(s.errorBanner, null, `no error banner: ${s.errorBanner}`);
      assert.equal(s.caseView.id, caseId, 'the resolved case should be the one that was open');

      const { stdout } = await app.cli(['case', caseId, '--json']);
      const stored = JSON.parse(stdout)[0];
      assert.equal(stored.status, 'resolved', `the workspace should have case #${caseId} resolved (CLI), found "${stored.status}"`);
    });
  });
});
