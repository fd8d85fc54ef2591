// A helper who joins for a crisis day: on a PostgreSQL desk in team mode, a
// crisis is declared over Lakeline's pages from the weather playbook, and a
// member is added for those pages until a date (a helper). The window on
// the helper's URL opens on the crisis desk: that their access ends and
// their replies are marked, the playbook's guidance first, then the
// clusters, then the other cases. "Answer them together" opens that
// cluster in the Clusters view; a single case opens in the case pane, and
// the reply the helper sends shows in its trail marked as a helper's, as
// the owner reads it too. Screenshots go to target/e2e/ (and
// docs/screenshots/ with E2E_DOCS_SHOTS=1).
//
// PostgreSQL: E2E_DATABASE_URL, or a private server (lib/pg.js).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { App, CLI_BIN, REPO_ROOT } from './lib/app.js';
import { PgDatabase } from './lib/pg.js';
import { waitFor } from './lib/webdriver.js';
import { chooseOption, nonce, readState, tid } from './lib/ui.js';

const run = promisify(execFile);
const DOCS_SHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');
const CANCELLED = [
  'Mon vol LK 1612 pour Londres est annulé, comment rebooker ?',
  'Vol annulé ce matin à Genève, que dois-je faire ?',
  'Notre vol de Genève a été annulé, pouvez-vous nous rebooker ?',
  'Mon vol est annulé à cause de la neige, quelle solution ?',
  'Vol LK 1612 annulé, je suis bloqué à Genève',
  'Encore un vol annulé, comment je fais pour rebooker ?',
];

async function keepShot(app, name) {
  const file = await app.screenshot(name);
  if (!process.env.E2E_DOCS_SHOTS) return;
  mkdirSync(DOCS_SHOTS, { recursive: true });
  copyFileSync(file, path.join(DOCS_SHOTS, `${name}-en-1280x800.png`));
}

function readDesk(wd) {
  return wd.execute(`
    const d = document.querySelector('${tid('crisis-desk')}');
    if (!d) return null;
    const order = (sel) => { const e = d.querySelector(sel); return e ? [...d.querySelectorAll('*')].indexOf(e) : -1; };
    return {
      helper: d.querySelector('${tid('crisis-desk-helper')}')?.textContent.trim() ?? null,
      guidance: d.querySelector('${tid('crisis-desk-guidance')}')?.textContent ?? null,
      brief: d.querySelector('${tid('crisis-desk-brief')} h3')?.textContent ?? null,
      clusters: [...d.querySelectorAll('${tid('crisis-desk-cluster')}')].map((c) => ({ id: Number(c.dataset.id), size: Number(c.dataset.size) })),
      cases: [...d.querySelectorAll('${tid('crisis-desk-case')}')].map((c) => Number(c.dataset.id)),
      guidanceAt: order('${tid('crisis-desk-guidance')}'),
      firstClusterAt: order('${tid('crisis-desk-cluster')}'),
      firstCaseAt: order('${tid('crisis-desk-case')}'),
    };`);
}

describe('a helper who joins for the crisis day', () => {
  const pg = new PgDatabase();
  let owner;
  let helper;
  const env = { ...process.env, SWITCHBOARD_LANG: 'en' };
  const cli = (url, args) => run(CLI_BIN, ['--db', url, ...args], { env }).then((r) => r.stdout);

  before(async () => {
    owner = await pg.start();
    await cli(owner, ['demo', '--yes']);
    await cli(owner, ['team', 'setup']);
    await cli(owner, ['crisis', 'declare', '--name', 'Snow at Geneva', '--scope', 'brand:lakeline', '--playbook', 'weather', '--as', 'LR']);
    for (const [i, text] of CANCELLED.entries()) {
      await cli(owner, ['inbound', '--community', 'lakeline/fr-CH', '--from', `Voyageur ${i} ${nonce()}`, '--text', text]);
    }
    const added = JSON.parse(
      await cli(owner, [
        'team', 'add-member', '--initials', 'HX', '--name', 'Hanna Helper', '--email', 'hanna@example.com',
        '--communities', 'lakeline/fr-CH,lakeline/de-CH,lakeline/en', '--until', '2099-12-31', '--json',
      ]),
    );
    helper = new App('helper', { dbUrl: added.url, demo: false });
    await helper.start({ ready: true });
  });

  after(async () => {
    if (helper) await helper.stop();
    await pg.stop();
  });

  it('opens on the crisis desk: guidance first, then clusters, then the other cases', async (t) => {
    await helper.step(t, async () => {
      let view;
      await waitFor(
        async () => {
          view = await readDesk(helper.wd);
          return view && view.guidance && view.clusters.length > 0 && view.cases.length > 0;
        },
        15000,
        { message: 'the crisis desk open at start with guidance, clusters and cases', describe: () => JSON.stringify(view) },
      );
      assert.match(view.helper, /You help for the crisis until .*your replies are marked/);
      assert.match(view.guidance, /never promise a departure time/);
      assert.match(view.brief, /Snow at Geneva/);
      assert.doesNotMatch(view.brief, /summit-air/, 'only the crisis pages');
      assert.ok(view.guidanceAt < view.firstClusterAt && view.firstClusterAt < view.firstCaseAt, `order: ${JSON.stringify(view)}`);
      assert.ok(view.clusters.every((c) => c.size >= 5), `clusters of 5 or more: ${JSON.stringify(view.clusters)}`);
      assert.ok(view.clusters.some((c) => c.size >= CANCELLED.length), `the cancellations together: ${JSON.stringify(view.clusters)}`);
      await keepShot(helper, 'crisis-desk-helper');

      // "Answer them together" opens that cluster in the Clusters view.
      const top = view.clusters[0].id;
      await (await helper.wd.find(`${tid('crisis-desk-cluster')}[data-id="${top}"] ${tid('crisis-desk-answer')}`)).click();
      await waitFor(() => helper.wd.execute(`return document.querySelector('${tid('cluster-detail')}')?.dataset.id === '${top}';`), 10000, {
        message: `the Clusters view open on cluster ${top}`,
      });
    });
  });

  it('the Clusters view splits ticked cases off a cluster and merges them back', async (t) => {
    await helper.step(t, async () => {
      const sizes = () =>
        helper.wd.execute(`return Object.fromEntries([...document.querySelectorAll('${tid('cluster')}')].map((c) => [c.dataset.id, Number(c.dataset.size)]));`);
      const top = Number(await helper.wd.execute(`return document.querySelector('${tid('cluster-detail')}').dataset.id;`));
      const before = await sizes();
      const picks = await helper.wd.findAll(tid('cluster-split-pick'));
      assert.ok(picks.length >= 2, `at least two examples to tick: ${picks.length}`);
      await picks[0].click();
      await picks[1].click();
      await (await helper.wd.find(tid('cluster-split'))).click();
      let after;
      await waitFor(async () => (after = await sizes())[top] === before[top] - 2, 10000, {
        message: `cluster ${top} two cases smaller after the split`,
        describe: () => JSON.stringify({ before, after }),
      });
      const created = Object.keys(after).find((id) => !(id in before));
      assert.ok(created && after[created] === 2, `a new cluster of the two ticked cases: ${JSON.stringify(after)}`);
      const shown = await helper.wd.execute(`return document.querySelector('${tid('cluster-detail')}').dataset.id;`);
      assert.equal(shown, created, 'the new cluster is shown');
      await keepShot(helper, 'clusters-split');

      await chooseOption(helper.wd, tid('cluster-merge-into'), String(top));
      await (await helper.wd.find(tid('cluster-merge'))).click();
      await waitFor(async () => (after = await sizes())[top] === before[top] && !(created in after), 10000, {
        message: `cluster ${top} whole again after the merge`,
        describe: () => JSON.stringify({ before, after }),
      });
    });
  });

  it("a helper's reply is marked in the case's trail", async (t) => {
    await helper.step(t, async () => {
      await helper.wd.pressKeys(['\uE00C']); // Escape
      await waitFor(() => helper.wd.execute(`return !document.querySelector('${tid('clusters-view')}');`), 5000, { message: 'the Clusters view closed' });
      await helper.wd.pressKeys(['b']);
      let view;
      await waitFor(async () => (view = await readDesk(helper.wd)) && view.cases.length > 0, 10000, { message: 'the crisis desk again with key b' });
      const caseId = view.cases[0];
      await (await helper.wd.find(`${tid('crisis-desk-case')}[data-id="${caseId}"]`)).click();
      await waitFor(async () => (await readState(helper.wd)).caseView?.id === String(caseId), 10000, { message: `case ${caseId} open` });

      const text = `Un renfort vous répond (e2e ${nonce()})`;
      const input = await helper.wd.find(tid('composer-input'));
      await input.click();
      await input.sendKeys(text);
      await (await helper.wd.find(tid('composer-send'))).click();
      await waitFor(
        () => helper.wd.execute(`return !!document.querySelector('${tid('audit-entry')}[data-kind="helper_reply"][data-helper="true"]');`),
        10000,
        { message: "the helper's reply in the case's trail, marked" },
      );
      await keepShot(helper, 'crisis-helper-trail');

      const trail = JSON.parse(await cli(owner, ['handoff', 'trail', '--case', String(caseId), '--json']));
      const entry = trail.find((e) => e.kind === 'helper_reply');
      assert.ok(entry, `the owner reads the helper's reply in the trail: ${JSON.stringify(trail)}`);
      assert.equal(entry.helper, true);
      assert.equal(entry.actor, 'Hanna Helper');
      assert.equal(entry.detail, text);
    });
  });
});
