// Issue 18, saved replies managed in the window as the CLI manages them:
// a variant edited with its live preview and Fluent's problems as it is
// typed, saved; editing the reference marks the other languages outdated,
// and one is confirmed; the translation backlog lists each community's
// missing and outdated replies, one click from their editor.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { blurInputs, chooseOption, tid, waitForRows } from './lib/ui.js';

async function typeInto(wd, testid, text) {
  await wd.execute(
    `const e = document.querySelector('[data-testid="${testid}"]'); e.value = arguments[0]; e.dispatchEvent(new Event('input', { bubbles: true }));`,
    text,
  );
}

describe('saved replies in the window', () => {
  const app = useApp('saved-replies');

  it('a variant is edited with its live preview and Fluent problems, then saved', async (t) => {
    await app.step(t, async () => {
      await waitForRows(app.wd);
      const me = await app.wd.execute(`return Array.from(document.querySelector('${tid('agent-select')}').options).find((o) => o.value)?.value;`);
      await chooseOption(app.wd, tid('agent-select'), me);
      await blurInputs(app.wd);
      await app.wd.pressKeys(['R']);
      await (await waitFor(async () => (await app.wd.findAll(`${tid('replies-template')}[data-template-id="baggage-delayed"]`))[0], 5000, {
        message: 'the saved replies after R',
      })).click();
      await (await waitFor(async () => (await app.wd.findAll(`${tid('replies-variant')}[data-locale="de"]`))[0], 5000, { message: 'the German variant' })).click();
      await waitFor(() => app.wd.execute(`return !!document.querySelector('${tid('replies-preview')}');`), 5000, { message: 'a preview' });
      await typeInto(app.wd, 'replies-source', 'Hallo { $first_name }, Ihr Koffer { $nope } kommt.');
      const problem = await waitFor(
        () => app.wd.execute(`return document.querySelector('${tid('replies-problem')}')?.textContent ?? null;`),
        5000,
        { message: 'the problem of an unknown variable, as it is typed' },
      );
      assert.match(problem, /\$nope/, problem);
      assert.equal(await app.wd.execute(`return document.querySelector('${tid('replies-save')}').disabled;`), true, 'a text with a problem cannot be saved');
      await typeInto(app.wd, 'replies-source', 'Hallo { $first_name }, Ihr Koffer ist unterwegs. { -sign-off }');
      const preview = await waitFor(
        () => app.wd.execute(`return document.querySelector('${tid('replies-preview')}')?.textContent ?? null;`),
        5000,
        { message: 'the preview of the fixed text' },
      );
      assert.match(preview, /^Hallo \S+, Ihr Koffer ist unterwegs\./, preview);
      assert.doesNotMatch(preview, /\{|\$/, `variables filled: ${preview}`);
      await app.screenshot('saved-replies-editor');
      await (await app.wd.find(tid('replies-save'))).click();
      await waitFor(async () => {
        const dir = path.join(app.home, `export-${Date.now()}`);
        await app.cli(['templates', 'export', dir]);
        const de = path.join(dir, 'de.ftl');
        return existsSync(de) && readFileSync(de, 'utf8').includes('Ihr Koffer ist unterwegs.');
      }, 5000, { message: 'the variant saved in the workspace (templates export)' });
    });
  });

  it('editing the reference marks other languages outdated; one is confirmed; the backlog lists what is left', async (t) => {
    await app.step(t, async () => {
      await (await app.wd.find(`${tid('replies-variant')}[data-locale="en"][data-brand=""]`)).click();
      await waitFor(() => app.wd.execute(`return !!document.querySelector('${tid('replies-preview')}');`), 5000, { message: 'the English preview' });
      const source = await app.wd.execute(`return document.querySelector('${tid('replies-source')}').value;`);
      await typeInto(app.wd, 'replies-source', source.replace(/\.\s*$/m, '!'));
      await waitFor(() => app.wd.execute(`return !!document.querySelector('${tid('replies-preview')}');`), 5000, { message: 'a preview of the edit' });
      await (await app.wd.find(tid('replies-save'))).click();
      const fr = await waitFor(
        async () => (await app.wd.findAll(`${tid('replies-variant')}[data-locale="fr"]`))[0],
        5000,
        { message: 'the French variant' },
      );
      await waitFor(() => app.wd.execute(`return document.querySelector('${tid('replies-variant')}[data-locale="fr"]').closest('tr').textContent.includes('outdated');`), 5000, {
        message: 'French outdated after the reference changed',
      });
      await fr.click();
      await (await waitFor(async () => (await app.wd.findAll(tid('replies-confirm')))[0], 5000, { message: 'the confirm button' })).click();
      await waitFor(() => app.wd.execute(`return !document.querySelector('${tid('replies-variant')}[data-locale="fr"]').closest('tr').textContent.includes('outdated');`), 5000, {
        message: 'French no longer outdated',
      });
      await (await app.wd.find(tid('replies-backlog-open'))).click();
      const items = await waitFor(
        async () => {
          const found = await app.wd.execute(`return [...document.querySelectorAll('${tid('replies-backlog-item')}')].map((e) => e.dataset.community + ' ' + e.dataset.templateId);`);
          return found.length ? found : null;
        },
        5000,
        { message: 'the backlog' },
      );
      assert.ok(items.some((i) => i.endsWith(' baggage-delayed') && !i.includes('fr-CH')), `German and Italian pages wait for baggage-delayed: ${items.join(', ')}`);
      assert.ok(!items.some((i) => i.includes('/fr-CH baggage-delayed')), `the confirmed French one is not in the backlog: ${items.join(', ')}`);
      await app.screenshot('saved-replies-backlog');
      await app.wd.pressKeys(['\uE00C']);
    });
  });
});
