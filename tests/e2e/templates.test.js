// Languages and saved replies in the window: a German message on a French
// page says so; a saved reply inserted on a de-CH case of the second brand
// is that brand's German text with the customer's name and the agent's
// initials, exactly as the preview showed it; the German customer on the
// French page gets German saved replies first; `t` + Enter inserts nothing
// when no reply is for the case's topic (issue 18).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { blurInputs, chooseOption, readState, tid, waitForRows } from './lib/ui.js';

async function openInCommunity(app, handle, caseId) {
  await (await app.wd.find(`${tid('matrix-cell')}[data-handle="${handle}"]`)).click();
  const row = await waitFor(async () => (await app.wd.findAll(`${tid('queue-row')}[data-case-id="${caseId}"]`))[0], 5000, {
    message: `queue row of case #${caseId} in ${handle}`,
  });
  await row.click();
  await waitFor(async () => (await readState(app.wd)).caseView?.id === String(caseId), 5000, {
    message: `[data-testid=case-view] data-case-id="${caseId}"`,
  });
}

describe('languages and saved replies', () => {
  const app = useApp('templates');

  it('a German message on a French page shows the language notice', async (t) => {
    await app.step(t, async () => {
      const { stdout } = await app.cli(['search', 'Genf-Nizza', '--json']);
      const hit = JSON.parse(stdout).find((h) => h.community === 'lakeline/fr-CH');
      assert.ok(hit, `the demo should have a German message on lakeline/fr-CH; search found ${stdout}`);
      await waitForRows(app.wd);
      await openInCommunity(app, 'lakeline/fr-CH', hit.case_id);
      let notice;
      await waitFor(
        async () => {
          notice = await app.wd.execute(`
            const n = document.querySelector('[data-testid="language-notice"]');
            return n ? { language: n.dataset.language, text: n.textContent.replace(/\\s+/g, ' ').trim() } : null;
          `);
          return notice !== null;
        },
        5000,
        { message: '[data-testid=language-notice] on the case' },
      );
      assert.equal(notice.language, 'de', `the notice should name German, found ${JSON.stringify(notice)}`);
      assert.match(notice.text, /German/, `the notice should say German in words: "${notice.text}"`);
      await app.screenshot('language-notice');
    });
  });

  it('"delayed baggage" on a summit-air/de-CH case inserts the brand\'s German text as previewed', async (t) => {
    await app.step(t, async () => {
      const { stdout } = await app.cli(['queue', '--community', 'summit-air/de-CH', '--json']);
      const row = JSON.parse(stdout).find((r) => r.status !== 'resolved');
      assert.ok(row, `summit-air/de-CH should have an open case: ${stdout.slice(0, 300)}`);
      const caseId = row.id;
      const agent = await app.wd.execute(`
        const o = Array.from(document.querySelector('[data-testid="agent-select"]').options).find((o) => o.value);
        return o ? { value: o.value, label: o.textContent } : null;
      `);
      await chooseOption(app.wd, tid('agent-select'), agent.value);
      const initials = /\(([^)]+)\)/.exec(agent.label)[1];
      await openInCommunity(app, 'summit-air/de-CH', caseId);
      const { stdout: caseJson } = await app.cli(['case', caseId, '--json']);
      const firstName = JSON.parse(caseJson)[0].contact_name.split(/\s+/)[0];

      await blurInputs(app.wd);
      await app.wd.pressKeys(['t']);
      const search = await waitFor(async () => (await app.wd.findAll(tid('template-search')))[0], 5000, {
        message: 'the saved replies picker after pressing t',
      });
      await search.sendKeys('Koffer');
      const option = await waitFor(
        async () => (await app.wd.findAll(`${tid('template-option')}[data-template-id="baggage-delayed"]`))[0],
        5000,
        { message: 'the baggage-delayed template among the matches for "Koffer"' },
      );
      await option.click();
      let preview = '';
      await waitFor(
        async () => {
          preview = await app.wd.execute(`return document.querySelector('[data-testid="template-preview"]')?.textContent ?? ''`);
          return preview.length > 0;
        },
        5000,
        { message: 'a preview' },
      );
      assert.match(preview, /Koffer/, `the preview should be German: ${preview}`);
      assert.match(preview, /Summit Air/, `the preview should speak as Summit Air: ${preview}`);
      assert.ok(preview.includes(firstName), `the preview should greet ${firstName}: ${preview}`);
      assert.ok(preview.includes(`^${initials}`), `the preview should be signed ^${initials}: ${preview}`);
      const other = await app.wd.findAll(tid('template-other-language'));
      assert.equal(other.length, 0, 'a German text on a German case is not flagged as another language');
      await app.screenshot('template-preview');

      await (await app.wd.find(tid('template-insert'))).click();
      let draft = '';
      await waitFor(
        async () => {
          draft = await (await app.wd.find(tid('composer-input'))).property('value');
          return draft.endsWith(preview);
        },
        5000,
        { message: 'the composer ending with exactly the previewed text', describe: () => `composer: ${JSON.stringify(draft)}\npreview: ${JSON.stringify(preview)}` },
      );
      await app.screenshot('template-inserted');
    });
  });

  async function openPicker() {
    await blurInputs(app.wd);
    await app.wd.pressKeys(['t']);
    return waitFor(
      async () => {
        const options = await app.wd.execute(`return [...document.querySelectorAll('${tid('template-option')}')].map((o) => ({
          id: o.dataset.templateId, locale: o.dataset.locale, forTopic: o.dataset.forTopic === 'true', picked: o.getAttribute('aria-selected') === 'true' }));`);
        return options.length > 0 ? options : null;
      },
      5000,
      { message: 'the saved replies after pressing t' },
    );
  }

  it('the German customer on the French page gets German saved replies first', async (t) => {
    await app.step(t, async () => {
      const { stdout } = await app.cli(['search', 'Genf-Nizza', '--json']);
      const hit = JSON.parse(stdout).find((h) => h.community === 'lakeline/fr-CH');
      await openInCommunity(app, 'lakeline/fr-CH', hit.case_id);
      const options = await openPicker();
      assert.match(options[0].locale, /^de/, `the first saved reply is German: ${JSON.stringify(options.slice(0, 3))}`);
      assert.ok(options.filter((o) => /^fr/.test(o.locale)).length === 0, `no French text before the agent asks for it: ${JSON.stringify(options)}`);
      await app.screenshot('template-customer-language');
      await app.wd.pressKeys(['\uE00C']);
    });
  });

  it('t + Enter on a case no saved reply is for inserts nothing until one is picked', async (t) => {
    await app.step(t, async () => {
      const { stdout } = await app.cli(['inbound', '--community', 'lakeline/de-CH', '--from', 'Mara Steiner', '--text', 'Grüezi, kann ich mein Velo im Flugzeug mitnehmen?']);
      const caseId = /#(\d+)/.exec(stdout)[1];
      await openInCommunity(app, 'lakeline/de-CH', caseId);
      const options = await openPicker();
      assert.ok(options.every((o) => !o.forTopic && !o.picked), `nothing is for this new case, nothing picked: ${JSON.stringify(options.slice(0, 3))}`);
      await app.wd.pressKeys(['\uE007']);
      await waitFor(() => app.wd.execute(`return document.querySelector('${tid('template-pick-hint')}')?.classList.contains('loud') === true;`), 5000, {
        message: 'Enter asks to pick a reply first',
      });
      assert.equal(await (await app.wd.find(tid('composer-input'))).property('value'), '', 'nothing went into the draft');
      await app.wd.pressKeys(['\uE015', '\uE007']); // ↓ Enter
      await waitFor(async () => (await (await app.wd.find(tid('composer-input'))).property('value')).length > 0, 5000, {
        message: 'the reply picked with ↓ is inserted',
      });
    });
  });
});
