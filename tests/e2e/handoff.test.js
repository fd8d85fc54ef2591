// Asking an expert from the window: open the German baggage case of the
// first brand, press h, keep the suggested expert (the baggage expert who
// speaks German, as the desk ranks them), send; record the answer that
// came back; insert it into the draft.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { blurInputs, chooseOption, nonce, readState, tid, waitForRows } from './lib/ui.js';

/** The handoff cards of the open case, as the window shows them. */
function handoffs(wd) {
  return wd.execute(`
    return Array.from(document.querySelectorAll('[data-testid="handoff"]')).map((el) => ({
      id: Number(el.dataset.handoffId),
      state: el.dataset.state,
      text: el.textContent.replace(/\\s+/g, ' ').trim(),
    }));
  `);
}

describe('handing a case to an expert', () => {
  const app = useApp('handoff');

  it('h, the suggested expert, send; the answer is recorded and inserted into the draft', async (t) => {
    await app.step(t, async () => {
      // The case: Lukas Schmid's lost suitcase on lakeline/de-CH.
      const { stdout: found } = await app.cli(['search', 'LK 1218', '--json']);
      const hit = JSON.parse(found).find((h) => h.community === 'lakeline/de-CH');
      assert.ok(hit, `the demo should have the LK 1218 baggage case on lakeline/de-CH; search found ${found}`);
      const caseId = String(hit.case_id);
      const { stdout: ranked } = await app.cli(['experts', 'suggest', '--case', caseId, '--json']);
      const best = JSON.parse(ranked)[0].expert;
      assert.ok(
        best.department === 'Baggage' && best.languages.includes('de'),
        `precondition: the desk should rank a German-speaking baggage expert first, found ${JSON.stringify(best)}`,
      );

      await waitForRows(app.wd);
      const agent = await app.wd.execute(`
        const o = Array.from(document.querySelector('[data-testid="agent-select"]').options).find((o) => o.value);
        return o ? o.value : null;
      `);
      await chooseOption(app.wd, tid('agent-select'), agent);
      await (await app.wd.find(`${tid('matrix-cell')}[data-handle="lakeline/de-CH"]`)).click();
      const row = await waitFor(async () => app.wd.findAll(`${tid('queue-row')}[data-case-id="${caseId}"]`).then((r) => r[0]), 5000, {
        message: `queue row of case #${caseId} in lakeline/de-CH`,
      });
      await row.click();
      await waitFor(async () => (await readState(app.wd)).caseView?.id === caseId, 5000, {
        message: `[data-testid=case-view] data-case-id="${caseId}"`,
      });

      await blurInputs(app.wd);
      await app.wd.pressKeys(['h']);
      let first;
      await waitFor(
        async () => {
          first = await app.wd.execute(`
            const el = document.querySelector('[data-testid="handoff-suggestion"][data-rank="1"]');
            return el ? { id: Number(el.dataset.expertId), text: el.textContent.replace(/\\s+/g, ' ').trim(),
              checked: el.querySelector('input').checked } : null;
          `);
          return first !== null;
        },
        5000,
        { message: 'the handoff dialog with ranked suggestions after pressing h' },
      );
      assert.equal(first.id, best.id, `the first suggestion should be ${best.name} (#${best.id}), found ${first.text}`);
      assert.ok(first.checked, 'the first suggestion should be picked already');
      assert.match(first.text, /baggage-delayed/, `the suggestion should say why (topic), found "${first.text}"`);
      await app.screenshot('handoff-dialog');

      const question = `Where is the suitcase now, and when will it be delivered? (e2e ${nonce()})`;
      await (await app.wd.find(tid('handoff-question'))).sendKeys(question);
      await (await app.wd.find(tid('handoff-send'))).click();

      let cards;
      await waitFor(
        async () => {
          cards = await handoffs(app.wd);
          return cards.some((c) => c.state === 'requested' && c.text.includes(question));
        },
        5000,
        { message: 'an open handoff with the question in the case', describe: () => JSON.stringify(cards) },
      );
      const s1 = await readState(app.wd);
      assert.equal(s1.caseView.status, 'waiting_expert', 'the case should wait for the expert');
      const asked = cards.find((c) => c.text.includes(question));

      // The answer comes back (by e-mail, in solo mode) and is recorded.
      const answer = `Der Koffer ist in Lissabon gefunden und kommt heute Abend mit LK 1219 (${nonce()}).`;
      await (await app.wd.find(`${tid('handoff')}[data-handoff-id="${asked.id}"] ${tid('handoff-record-answer')}`)).click();
      await (await app.wd.find(tid('handoff-answer-input'))).sendKeys(answer);
      await (await app.wd.find(tid('handoff-answer-save'))).click();
      await waitFor(
        async () => {
          cards = await handoffs(app.wd);
          return cards.some((c) => c.id === asked.id && c.state === 'answered');
        },
        5000,
        { message: `handoff #${asked.id} answered`, describe: () => JSON.stringify(cards) },
      );

      await (await app.wd.find(`${tid('handoff')}[data-handoff-id="${asked.id}"] ${tid('handoff-insert')}`)).click();
      let draft = '';
      await waitFor(
        async () => {
          draft = await (await app.wd.find(tid('composer-input'))).property('value');
          return draft.includes(answer);
        },
        5000,
        { message: 'the composer holding the expert answer', describe: () => `composer: "${draft}"` },
      );
      await app.screenshot('handoff-answered');

      const trail = await app.wd.execute(`
        return Array.from(document.querySelectorAll('[data-testid="audit-entry"]')).map((e) => e.dataset.kind);
      `);
      assert.ok(trail.includes('handoff_answered'), `the case history should show the answer, found ${JSON.stringify(trail)}`);

      // The workspace has the answer on the handoff and the case open again.
      const { stdout } = await app.cli(['case', caseId, '--json']);
      const view = JSON.parse(stdout)[0];
      const stored = view.handoffs.find((h) => h.id === asked.id);
      assert.equal(stored.state, 'answered');
      assert.equal(stored.answer, answer);
      assert.equal(view.status, 'open', 'with no handoff open, the case is open again');
    });
  });
});
