// Crisis day, from the alert to the posts: a week of traffic and a surge
// on lakeline/fr-CH (imported with `inbound --batch`), the six pages
// connected to a fake Graph server. The surging cell offers "Declare
// crisis"; the dialog proposes every Lakeline page and the weather
// playbook; declaring shows the holding statement per page in its
// language; publishing puts one post on each Lakeline page (the window's
// own connector sends them) and none elsewhere; publishing again changes
// nothing. The banner then shows the crisis. Screenshots go to
// target/e2e/ (and docs/screenshots/ with E2E_DOCS_SHOTS=1).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { App, CLI_BIN, REPO_ROOT } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { chooseOption, tid } from './lib/ui.js';
import { weekWithSurge } from './lib/traffic.js';

const run = promisify(execFile);
const SURGING = 'lakeline/fr-CH';
const LAKELINE = ['lakeline/de-CH', 'lakeline/en', 'lakeline/fr-CH'];
const WORD = { 'lakeline/de-CH': 'Wetter', 'lakeline/en': 'weather', 'lakeline/fr-CH': 'météorologiques' };
const DOCS_SHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');

async function keepShot(app, name) {
  const file = await app.screenshot(name);
  if (!process.env.E2E_DOCS_SHOTS) return;
  mkdirSync(DOCS_SHOTS, { recursive: true });
  copyFileSync(file, path.join(DOCS_SHOTS, `${name}-en-1280x800.png`));
}

async function fakeJson(url) {
  const res = await fetch(url);
  assert.equal(res.status, 200, `GET ${url} should answer 200, answered ${res.status}`);
  return res.json();
}

/** The statement's pages as the dialog lists them: community → {gap, post, text}. */
async function pagesShown(app) {
  return app.wd.execute(`return Object.fromEntries([...document.querySelectorAll('${tid('crisis-page')}')].map((li) => [
    li.dataset.community,
    { gap: li.dataset.gap, post: li.dataset.post, text: (li.querySelector('.text') || {}).textContent || '' },
  ]));`);
}

describe('alert → declare → publish', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-e2e-crisis-'));
  const dbUrl = `sqlite:${path.join(dir, 'ws.db')}`;
  const app = new App('crisis', { dbUrl, demo: false });
  const env = { ...process.env, SWITCHBOARD_LANG: 'en' };
  const fake = { proc: null, url: null };
  let pageOf = {};

  before(async () => {
    await run(CLI_BIN, ['--db', dbUrl, 'demo', '--yes'], { env });
    const file = path.join(dir, 'week.jsonl');
    writeFileSync(file, weekWithSurge(Date.now(), SURGING));
    await run(CLI_BIN, ['--db', dbUrl, 'inbound', '--batch', file], { env, maxBuffer: 1 << 24 });
    const urlFile = path.join(dir, 'fake-graph.url');
    fake.proc = spawn(CLI_BIN, ['--db', dbUrl, 'fake-graph', '--fans-every', '0', '--url-file', urlFile], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    fake.url = await waitFor(() => (existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() || null : null), 15000, {
      message: 'switchboard fake-graph to write its URL',
    });
    await run(CLI_BIN, ['--db', dbUrl, 'connect', '--demo-server', fake.url, '--poll', '2'], { env });
    const { stdout } = await run(CLI_BIN, ['--db', dbUrl, 'communities', '--json'], { env });
    pageOf = Object.fromEntries(JSON.parse(stdout).map((c) => [c.handle, c.page_id]));
    await app.start({ ready: true });
    const agent = await app.wd.execute(`
      const o = Array.from(document.querySelector('[data-testid="agent-select"]').options).find((o) => o.value);
      return o ? o.value : null;
    `);
    await chooseOption(app.wd, tid('agent-select'), agent);
  });
  after(async () => {
    await app.stop();
    if (fake.proc && fake.proc.exitCode === null) fake.proc.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('declaring from the surging cell and publishing puts one post on each Lakeline page, in its language, once', async (t) => {
    await app.step(t, async () => {
      const declare = await waitFor(async () => (await app.wd.findAll(`${tid('matrix-declare')}[data-handle="${SURGING}"]`))[0], 20000, {
        message: `"Declare crisis" under ${SURGING}'s surging cell`,
      });
      const offered = await app.wd.execute(`return [...document.querySelectorAll('${tid('matrix-declare')}')].map((b) => b.dataset.handle);`);
      assert.deepEqual(offered, [SURGING], 'only the surging community offers it');
      await declare.click();
      await app.wd.waitForElement(tid('crisis-dialog'));
      const alert = await (await app.wd.find(tid('crisis-alert'))).text();
      assert.match(alert, /Spike on lakeline\/fr-CH: \d+ people in an hour/, alert);
      assert.equal(await (await app.wd.find(tid('crisis-scope'))).property('value'), 'brand:lakeline');
      assert.equal(await (await app.wd.find(tid('crisis-playbook'))).property('value'), 'weather');
      const guidance = await (await app.wd.find(tid('crisis-guidance'))).text();
      assert.match(guidance, /never promise a departure time/, guidance);
      await keepShot(app, 'crisis-declare');

      await (await app.wd.find(tid('crisis-declare-confirm'))).click();
      let shown = {};
      await waitFor(
        async () => {
          shown = await pagesShown(app);
          return Object.keys(shown).length === 3;
        },
        10000,
        { message: 'the statement for the three Lakeline pages', describe: () => JSON.stringify(shown) },
      );
      assert.deepEqual(Object.keys(shown).sort(), LAKELINE);
      for (const h of LAKELINE) {
        assert.equal(shown[h].gap, '', `${h} has a statement: ${JSON.stringify(shown[h])}`);
        assert.ok(shown[h].text.includes(WORD[h]), `${h} in its language: ${shown[h].text}`);
      }

      await (await app.wd.find(tid('crisis-publish'))).click();
      await waitFor(
        async () => {
          shown = await pagesShown(app);
          return LAKELINE.every((h) => shown[h]?.post === 'sent');
        },
        30000,
        { message: 'every Lakeline post on its page (the window sends them)', describe: () => JSON.stringify(shown) },
      );
      await keepShot(app, 'crisis-statement-published');
      for (const h of LAKELINE) {
        const posts = (await fakeJson(`${fake.url}/_fake/pages/${pageOf[h]}/posts`)).data;
        assert.equal(posts.length, 1, `${h}: one post, got ${JSON.stringify(posts)}`);
        assert.ok(posts[0].message.includes(WORD[h]), `${h}: ${posts[0].message}`);
      }
      for (const h of ['summit-air/fr-CH', 'summit-air/de-CH', 'summit-air/en']) {
        const posts = (await fakeJson(`${fake.url}/_fake/pages/${pageOf[h]}/posts`)).data;
        assert.equal(posts.length, 0, `${h} is not in the crisis`);
      }

      // Publishing again changes nothing.
      await (await app.wd.find(tid('crisis-publish'))).click();
      let report = '';
      await waitFor(
        async () => {
          const r = await app.wd.findAll(tid('crisis-report'));
          report = r.length ? await r[0].text() : '';
          return report.startsWith('0 to publish');
        },
        5000,
        { message: 'the report of the second publication', describe: () => report },
      );
      assert.match(report, /^0 to publish or update, 3 unchanged, 0 left out/, report);
      await new Promise((r) => setTimeout(r, 3000));
      for (const h of LAKELINE) {
        const posts = (await fakeJson(`${fake.url}/_fake/pages/${pageOf[h]}/posts`)).data;
        assert.deepEqual(posts.map((p) => p.edits), [0], `${h}: still one post, never edited`);
      }
    });
  });

  it('the banner shows the running crisis, and new cases there are stamped with it', async (t) => {
    await app.step(t, async () => {
      await app.wd.execute(`document.querySelector('${tid('crisis-dialog')}') && document.querySelector('.scrim').click();`);
      const banner = await waitFor(async () => (await app.wd.findAll(tid('crisis-banner')))[0], 10000, { message: 'the crisis banner' });
      const text = await banner.text();
      assert.match(text, /Crisis: Weather/, text);
      assert.match(text, /first response within 4 h/, text);
      for (const h of LAKELINE) assert.ok(text.includes(h), `${h} in the banner: ${text}`);
      const { stdout } = await app.cli(['crisis', 'list', '--running', '--json']);
      const crises = JSON.parse(stdout);
      assert.equal(crises.length, 1, stdout);
      assert.equal(crises[0].scope.kind, 'brand');
      assert.match(text, /0 case\(s\)/, text);

      await app.cli(['inbound', '--community', 'lakeline/en', '--from', 'Ana Costa', '--text', 'My flight LX318 to Lisbon is cancelled, can I rebook for tomorrow?']);
      let now = '';
      await waitFor(
        async () => {
          now = await (await app.wd.find(tid('crisis-banner'))).text();
          return now.includes('1 case(s)');
        },
        10000,
        { message: 'the banner to count the new case', describe: () => now },
      );
      const { stdout: caseList } = await app.cli(['queue', '--community', 'lakeline/en', '--limit', '5000', '--json']);
      const ana = JSON.parse(caseList).find((r) => r.contact_name === 'Ana Costa');
      const { stdout: shown } = await app.cli(['case', String(ana.id), '--json']);
      assert.equal(JSON.parse(shown)[0].crisis_id, crises[0].id, 'the new case is stamped with the crisis');
      await keepShot(app, 'crisis-banner');
    });
  });
});
