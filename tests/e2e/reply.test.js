// Writing and recording a reply: choose who writes, type, send; the thread
// shows the reply and the workspace has it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { chooseOption, nonce, readState, tid, waitForRows } from './lib/ui.js';

describe('writing and recording a reply', () => {
  const app = useApp('reply');

  it('a reply typed in the composer and sent appears in the thread as outbound', async (t) => {
    await app.step(t, async () => {
      const s0 = await waitForRows(app.wd);
      const caseId = s0.rows[0].id;
      await (await app.wd.find(`${tid('queue-row')}[data-case-id="${caseId}"]`)).click();
      await waitFor(async () => (await readState(app.wd)).caseView?.id === caseId, 5000, {
        message: `[data-testid=case-view] data-case-id="${caseId}" after clicking its row`,
      });
      const outboundBefore = (await readState(app.wd)).thread.filter((m) => m.direction === 'outbound').length;

      // Who writes: the first agent in the list.
      const agent = await app.wd.execute(`
        const s = document.querySelector('[data-testid="agent-select"]');
        if (!s) return null;
        const o = Array.from(s.options || []).find((o) => o.value);
        return o ? { value: o.value, label: o.textContent.trim() } : { value: null, options: s.options ? s.options.length : 'not a select' };
      `);
      assert.ok(agent && agent.value, `[data-testid=agent-select] should offer an agent (an option with a value), found ${JSON.stringify(agent)}`);
      await chooseOption(app.wd, tid('agent-select'), agent.value);

      const text = `Thanks for your message, we are on it (e2e ${nonce()})`;
      const input = await app.wd.find(tid('composer-input'));
      await input.click();
      await input.sendKeys(text);
      const typed = await input.property('value');
      assert.equal(typed, text, 'the composer should hold what was typed');
      await app.screenshot('reply-typed');

      await (await app.wd.find(tid('composer-send'))).click();

      let s;
      await waitFor(
        async () => {
          s = await readState(app.wd);
          return s.thread.some((m) => m.direction === 'outbound' && m.text.includes(text));
        },
        5000,
        {
          message: `a [data-testid=thread-message][data-direction=outbound] containing "${text}"`,
          describe: () =>
            `found ${s ? s.thread.length : 0} message(s): ${JSON.stringify((s ? s.thread : []).map((m) => [m.direction, m.text.slice(0, 60)]))}` +
            (s && s.errorBanner ? `; error shown: ${s.errorBanner}` : ''),
        },
      );
      await app.screenshot('reply');
      assert.equal(
        s.thread.filter((m) => m.direction === 'outbound').length,
        outboundBefore + 1,
        'exactly one outbound message should have been added',
      );
      assert.equal(s.errorBanner, null, `expected no [data-testid=error], found: ${s.errorBanner}`);
      const after = await (await app.wd.find(tid('composer-input'))).property('value');
      assert.equal(after, '', `the composer should be empty after sending, found "${after}"`);

      // Recorded in the workspace, by that agent.
      const { stdout } = await app.cli(['case', caseId, '--json']);
      const view = JSON.parse(stdout)[0];
      const stored = view.thread.find((m) => m.direction === 'outbound' && m.body === text);
      assert.ok(stored, `the CLI should show the reply on case #${caseId}; its thread: ${JSON.stringify(view.thread.map((m) => [m.direction, m.body.slice(0, 50)]))}`);
      assert.ok(
        agent.label.includes(stored.author) || stored.author.includes(agent.label) || agent.label.length === 0,
        `the reply should be authored by the chosen agent "${agent.label}", the workspace has "${stored.author}"`,
      );
    });
  });
});
