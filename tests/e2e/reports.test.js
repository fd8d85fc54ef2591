// The Reports view on the demo workspace (its week of past traffic and
// today's cases): opened from the header, a row per community and the
// total, regrouped by channel, a row drilled down to its cases, one of
// them opened in the case pane; the same view in German. Screenshots go to
// target/e2e/ (and docs/screenshots/ with E2E_DOCS_SHOTS=1).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { chooseOption, DEMO_HANDLES, tid } from './lib/ui.js';

const DOCS_SHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');

async function keepShot(app, name, lang) {
  const file = await app.screenshot(`${name}-${lang}`);
  if (!process.env.E2E_DOCS_SHOTS) return;
  mkdirSync(DOCS_SHOTS, { recursive: true });
  copyFileSync(file, path.join(DOCS_SHOTS, `${name}-${lang}-1280x800.png`));
}

async function rowKeys(app) {
  return app.wd.execute(`return [...document.querySelectorAll('${tid('report-row')}')].map((r) => r.dataset.key);`);
}

describe('the Reports view', () => {
  const app = useApp('reports');

  it('shows a row per community and the total, regroups, and drills down to a case', async (t) => {
    await app.step(t, async () => {
      await (await app.wd.find(tid('open-reports'))).click();
      await app.wd.waitForElement(tid('report-table'));
      const keys = await rowKeys(app);
      assert.deepEqual(keys.slice(0, -1).sort(), [...DEMO_HANDLES].sort(), `a row per community: ${keys}`);
      assert.equal(keys.at(-1), '', 'the total last');
      const total = await (await app.wd.find(`${tid('report-row')}[data-key=""]`)).text();
      assert.match(total, /^Total\s*\d/, total);
      const busy = await app.wd.execute(`return [...document.querySelectorAll('${tid('report-heat')} .cell')]
        .filter((c) => Number(c.style.opacity) > 0.1).length;`);
      assert.ok(busy > 10, `the hour-of-week map shows when cases opened (${busy} hours)`);
      await keepShot(app, 'reports', 'en');

      await chooseOption(app.wd, tid('report-by'), 'channel');
      let channels = [];
      await waitFor(
        async () => {
          channels = await rowKeys(app);
          return channels.includes('messenger');
        },
        10000,
        { message: 'rows by channel', describe: () => JSON.stringify(channels) },
      );
      assert.ok(channels.every((k) => ['', 'messenger', 'comment', 'visitor_post', 'direct'].includes(k)), JSON.stringify(channels));

      await (await app.wd.find(`${tid('report-row')}[data-key="messenger"] button`)).click();
      const first = await waitFor(async () => (await app.wd.findAll(tid('report-case')))[0], 10000, {
        message: "the Messenger row's cases",
      });
      const id = await first.attribute('data-case-id');
      await first.click();
      await app.wd.waitForElement(`${tid('case-view')}[data-case-id="${id}"]`);
      assert.equal((await app.wd.findAll(tid('reports-view'))).length, 0, 'the view closed for the case');
    });
  });

  it('speaks German', async (t) => {
    await app.step(t, async () => {
      await app.wd.execute(`document.querySelector('.scrim')?.click();`);
      await chooseOption(app.wd, tid('language-select'), 'de');
      await (await app.wd.find(tid('open-reports'))).click();
      await app.wd.waitForElement(tid('report-table'));
      const head = await (await app.wd.find(`${tid('reports-view')} thead`)).text();
      assert.match(head, /Eröffnet/, head);
      await keepShot(app, 'reports', 'de');
      await app.wd.execute(`document.querySelector('.scrim')?.click();`);
      await chooseOption(app.wd, tid('language-select'), 'en');
    });
  });
});
