// Issue 18, the day-one basics in the window: a case handed to a colleague
// from its header (A), its topic set with the keyboard (T) and named in
// the UI language, the expert's answer put into the draft by key (i) in
// the customer's language, the composer saying plainly that a reply on a
// page that is not connected does not reach the customer, and a case
// snoozed (s) that comes back open by itself at its time, tags (#) beside
// the topic, and the header naming the workspace instead of its URL.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { blurInputs, chooseOption, readState, tid, waitForRows } from './lib/ui.js';

describe('day-one basics in the window', () => {
  const app = useApp('day-one');
  let caseId;

  async function openCase(id) {
    await (await app.wd.find(`${tid('matrix-cell')}[data-handle="lakeline/de-CH"]`)).click();
    const row = await waitFor(async () => (await app.wd.findAll(`${tid('queue-row')}[data-case-id="${id}"]`))[0], 5000, {
      message: `queue row of case #${id}`,
    });
    await row.click();
    await waitFor(async () => (await readState(app.wd)).caseView?.id === String(id), 5000, { message: `case #${id} open` });
  }

  it('a case goes to a colleague from its header, with A', async (t) => {
    await app.step(t, async () => {
      await waitForRows(app.wd);
      const me = await app.wd.execute(`return Array.from(document.querySelector('${tid('agent-select')}').options).find((o) => o.value)?.value;`);
      await chooseOption(app.wd, tid('agent-select'), me);
      const { stdout } = await app.cli(['inbound', '--community', 'lakeline/de-CH', '--from', 'Mara Steiner', '--text', 'Grüezi, mein Koffer ist beim Flug LK 1218 beschädigt worden. Was kann ich tun?']);
      caseId = /#(\d+)/.exec(stdout)[1];
      await openCase(caseId);
      const colleague = await app.wd.execute(`return Array.from(document.querySelector('${tid('case-assignee')}').options).map((o) => o.value).filter((v) => v && v !== '${me}')[0];`);
      await blurInputs(app.wd);
      await app.wd.pressKeys(['A']);
      let s = await readState(app.wd);
      assert.equal(s.active?.testid, 'case-assignee', `A focuses the assignee: ${JSON.stringify(s.active)}`);
      await chooseOption(app.wd, tid('case-assignee'), colleague);
      const json = await waitFor(
        async () => {
          const c = JSON.parse((await app.cli(['case', caseId, '--json'])).stdout);
          const view = Array.isArray(c) ? c[0] : c;
          return String(view.assignee_id) === colleague ? view : null;
        },
        5000,
        { message: `case #${caseId} assigned to agent ${colleague} in the database` },
      );
      assert.equal(json.status, 'open', 'handing a new case on opens it');
    });
  });

  it('T sets the topic, named in the UI language', async (t) => {
    await app.step(t, async () => {
      await blurInputs(app.wd);
      await app.wd.pressKeys(['T']);
      const input = await waitFor(async () => (await app.wd.findAll(tid('topic-input')))[0], 5000, { message: 'the topic field after T' });
      await input.sendKeys('baggage-damaged\uE007');
      await waitFor(
        () => app.wd.execute(`return document.querySelector('${tid('case-topic')}')?.dataset.topic === 'baggage-damaged';`),
        5000,
        { message: 'the topic saved' },
      );
      assert.equal(await (await app.wd.find(tid('case-topic'))).text(), 'Damaged baggage');
      await chooseOption(app.wd, tid('language-select'), 'de');
      await waitFor(async () => (await (await app.wd.find(tid('case-topic'))).text()) === 'Beschädigtes Gepäck', 5000, {
        message: 'the topic named in German',
      });
      await chooseOption(app.wd, tid('language-select'), 'en');
      // A topic that is not a slug is refused, and says why.
      await blurInputs(app.wd);
      await app.wd.pressKeys(['T']);
      const again = await waitFor(async () => (await app.wd.findAll(tid('topic-input')))[0], 5000, { message: 'the topic field again' });
      await app.wd.execute(`const i = document.querySelector('${tid('topic-input')}'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true }));`);
      await again.sendKeys('Koffer kaputt!\uE007');
      const s = await waitFor(async () => {
        const st = await readState(app.wd);
        return st.errorBanner ? st : null;
      }, 5000, { message: 'an error for a topic that is not a slug' });
      assert.match(s.errorBanner, /Koffer kaputt!/);
      const json = JSON.parse((await app.cli(['case', caseId, '--json'])).stdout);
      assert.equal((Array.isArray(json) ? json[0] : json).topic, 'baggage-damaged', 'the refused topic changed nothing');
      await app.wd.pressKeys(['\uE00C']);
      // The banner is dismissed; the next steps need the header in view.
      await app.wd.execute(`[...document.querySelectorAll('${tid('error')} button')].pop()?.click();`);
      await waitFor(async () => (await readState(app.wd)).errorBanner === null, 5000, { message: 'the error dismissed' });
    });
  });

  it('i puts the expert answer into the draft as the expert-answer reply, and an unconnected page says replies do not reach the customer', async (t) => {
    await app.step(t, async () => {
      const warning = await app.wd.execute(`return document.querySelector('${tid('composer-not-connected')}')?.textContent.trim() ?? null;`);
      assert.match(warning ?? '', /not connected/, `the composer says the reply does not reach the page: ${warning}`);
      const answer = 'Bitte das Formular Schadenmeldung ausfüllen; wir ersetzen den Koffer bis CHF 250.';
      await app.cli(['handoff', 'ask', '--case', caseId, '--expert', '1', '--as', 'MB', '--question', 'Wie ersetzen wir den Koffer?']);
      await app.cli(['handoff', 'answer', '--case', caseId, '--as', 'MB', '--text', answer]);
      await waitFor(() => app.wd.execute(`return !!document.querySelector('${tid('handoff-insert')}');`), 10000, { message: 'the answer in the case' });
      await blurInputs(app.wd);
      await app.wd.pressKeys(['i']);
      let draft = '';
      await waitFor(
        async () => {
          draft = await (await app.wd.find(tid('composer-input'))).property('value');
          return draft.includes(answer);
        },
        5000,
        { message: 'the answer in the draft after i', describe: () => draft },
      );
      assert.notEqual(draft.trim(), answer, 'passed on within a reply, not as is');
      assert.match(draft, /^(Guten Tag|Hallo|Grüezi)/, `in German: ${draft}`);
      await blurInputs(app.wd);
      await app.wd.pressKeys(['i']);
      await new Promise((r) => setTimeout(r, 500));
      draft = await (await app.wd.find(tid('composer-input'))).property('value');
      assert.equal(draft.split(answer).length - 1, 1, `said once after a second i: ${draft}`);
      await app.screenshot('day-one-answer');
    });
  });

  it('s snoozes the case; at its time it comes back open by itself', async (t) => {
    await app.step(t, async () => {
      await blurInputs(app.wd);
      await app.wd.pressKeys(['s']);
      let s;
      await waitFor(async () => (s = await readState(app.wd)).active?.testid === 'snooze-select', 5000, {
        message: 's focuses the snooze choices',
        describe: () => JSON.stringify(s.active),
      });
      // The choice acts at once (the select goes back to "Snooze").
      await app.wd.execute(`const e = document.querySelector('${tid('snooze-select')}'); e.value = 'three-hours'; e.dispatchEvent(new Event('change', { bubbles: true }));`);
      await waitFor(async () => (await readState(app.wd)).caseView?.status === 'waiting_customer', 5000, { message: 'waiting for the customer once snoozed' });
      const chip = await waitFor(() => app.wd.execute(`return document.querySelector('${tid('case-snoozed')}')?.textContent.trim() ?? null;`), 5000, {
        message: 'the case says until when it is snoozed',
      });
      assert.match(chip, /^Snoozed until/);
      const until = JSON.parse((await app.cli(['case', caseId, '--json'])).stdout);
      const snoozed = (Array.isArray(until) ? until[0] : until).snoozed_until;
      const hours = (Date.parse(snoozed) - Date.now()) / 3_600_000;
      assert.ok(hours > 2.9 && hours < 3.1, `snoozed for three hours: ${snoozed}`);
      await app.screenshot('day-one-snoozed');
      // Snoozed again for a few seconds: the window wakes it (every 30 s).
      const soon = new Date(Date.now() + 3000).toISOString();
      await app.cli(['snooze', caseId, '--until', soon]);
      await waitFor(async () => (s = await readState(app.wd)).caseView?.status === 'open', 75000, {
        interval: 1000,
        message: 'the case open again after its snooze ended',
        describe: () => JSON.stringify(s.caseView),
      });
      const back = JSON.parse((await app.cli(['case', caseId, '--json'])).stdout);
      assert.equal((Array.isArray(back) ? back[0] : back).snoozed_until, null, 'no longer snoozed');
    });
  });

  it('# tags the case, and the header names the workspace, not its URL', async (t) => {
    await app.step(t, async () => {
      await blurInputs(app.wd);
      await app.wd.pressKeys(['#']);
      const input = await waitFor(async () => (await app.wd.findAll(tid('tags-input')))[0], 5000, { message: 'the tags field after #' });
      await input.sendKeys('VIP, Presse\uE007');
      await waitFor(
        async () => JSON.stringify(await app.wd.execute(`return [...document.querySelectorAll('${tid('case-tag')}')].map((e) => e.textContent.trim());`)) === '["vip","presse"]',
        5000,
        { message: 'the tags "vip" and "presse" on the case' },
      );
      const json = JSON.parse((await app.cli(['case', caseId, '--json'])).stdout);
      assert.deepEqual((Array.isArray(json) ? json[0] : json).tags, ['vip', 'presse'], 'kept in the workspace');
      const name = await app.wd.execute(`return document.querySelector('${tid('workspace-name')}')?.textContent ?? '';`);
      assert.equal(name.trim(), 'ws', `the workspace's name: ${name}`);
      assert.doesNotMatch(name, /sqlite:|\//, 'no URL or path in the header');
      await app.screenshot('day-one-tags');
    });
  });
});
