// Answering a crisis cluster from the window: the demo's six pages
// connected to a fake Graph server, a surge of cancelled flights on every
// page (Messenger, three languages), synced. The Clusters view (key `l`)
// lists the clusters largest first; the top one previewed with the crisis
// template shows a reply per language and the count per page and channel;
// "Send" counts down (Undo stops it: nothing is stored), then the replies
// go through the window's connector with progress; each fan gets exactly
// one reply in the page's language, and the answered cases leave the
// queue. Screenshots go to target/e2e/ (and docs/screenshots/ with
// E2E_DOCS_SHOTS=1).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { App, CLI_BIN, REPO_ROOT } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { chooseOption, queueTotal, tid } from './lib/ui.js';

const run = promisify(execFile);
const PAGES = ['lakeline/de-CH', 'lakeline/en', 'lakeline/fr-CH', 'summit-air/de-CH', 'summit-air/en', 'summit-air/fr-CH'];
/** Words every reply of the crisis template has, per page language. */
const WORD = { 'de-CH': 'Dank für Ihre Nachricht', en: 'Thank you for your message', 'fr-CH': 'Merci de votre message' };
const DOCS_SHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');

async function keepShot(app, name) {
  const file = await app.screenshot(name);
  if (!process.env.E2E_DOCS_SHOTS) return;
  mkdirSync(DOCS_SHOTS, { recursive: true });
  copyFileSync(file, path.join(DOCS_SHOTS, `${name}-en-1280x800.png`));
}

async function sentTo(url, page) {
  const res = await fetch(`${url}/_fake/pages/${page}/sent`);
  assert.equal(res.status, 200);
  return (await res.json()).data;
}

async function plan(app) {
  return app.wd.execute(`
    const p = document.querySelector('${tid('cluster-plan')}');
    if (!p) return null;
    return {
      replies: Number(p.dataset.replies), left: Number(p.dataset.left),
      previews: [...p.querySelectorAll('${tid('cluster-language-preview')}')].map((f) => ({ locale: f.dataset.locale, brand: f.dataset.brand, text: f.querySelector('pre').textContent })),
      counts: [...p.querySelectorAll('${tid('cluster-counts')} tr')].map((r) => r.textContent),
    };`);
}

describe('a crisis cluster answered from the window', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-e2e-clusters-'));
  const dbUrl = `sqlite:${path.join(dir, 'ws.db')}`;
  const app = new App('clusters', { dbUrl, demo: false });
  const env = { ...process.env, SWITCHBOARD_LANG: 'en' };
  const fake = { proc: null, url: null };
  let pageOf = {};

  before(async () => {
    await run(CLI_BIN, ['--db', dbUrl, 'demo', '--yes'], { env });
    const urlFile = path.join(dir, 'fake-graph.url');
    fake.proc = spawn(CLI_BIN, ['--db', dbUrl, 'fake-graph', '--fans-every', '0', '--url-file', urlFile], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    fake.url = await waitFor(() => (existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() || null : null), 15000, {
      message: 'switchboard fake-graph to write its URL',
    });
    await run(CLI_BIN, ['--db', dbUrl, 'connect', '--demo-server', fake.url, '--poll', '2'], { env });
    for (const brand of ['lakeline', 'summit']) {
      await run(CLI_BIN, ['--db', dbUrl, 'demo-surge', '--server', fake.url, '--brand', brand, '--people', '25'], { env });
    }
    await run(CLI_BIN, ['--db', dbUrl, 'sync', '--once'], { env });
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

  it('lists the clusters, previews per language, undoes, sends once per case, and the cases leave the queue', async (t) => {
    await app.step(t, async () => {
      const before = (await queueTotal(app.wd)).n;
      assert.ok(before > 0, 'the queue counts its cases');
      await app.wd.execute(`document.activeElement && document.activeElement.blur && document.activeElement.blur();`);
      await app.wd.pressKeys(['l']);
      await app.wd.waitForElement(tid('clusters-view'));
      const listed = await waitFor(
        async () => {
          const c = await app.wd.execute(`return [...document.querySelectorAll('${tid('cluster')}')].map((b) => ({ id: b.dataset.id, size: Number(b.dataset.size), text: b.textContent }));`);
          return c.length > 0 ? c : null;
        },
        20000,
        { message: 'the clusters listed' },
      );
      const sizes = listed.map((c) => c.size);
      assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a), `largest first: ${sizes}`);
      assert.ok(sizes[0] >= 60, `the surge's question is one cluster across pages: ${JSON.stringify(listed[0])}`);
      assert.match(listed[0].text, /Cancellation/, listed[0].text);

      await chooseOption(app.wd, tid('cluster-template'), 'crisis-holding');
      await chooseOption(app.wd, tid('cluster-status'), 'resolved');
      await (await app.wd.find(tid('cluster-preview'))).click();
      let shown = null;
      await waitFor(async () => (shown = await plan(app)) !== null, 20000, { message: 'the plan' });
      assert.ok(shown.replies >= 60, JSON.stringify(shown));
      const locales = [...new Set(shown.previews.map((p) => p.locale))].sort();
      assert.deepEqual(locales, ['de', 'en', 'fr'], 'a preview per language');
      for (const p of shown.previews) {
        const word = WORD[p.locale === 'en' ? 'en' : `${p.locale}-CH`];
        assert.ok(p.text.includes(word), `${p.locale} preview in its language: ${p.text}`);
      }
      assert.equal(shown.counts.length, 6, `a count for each page: ${shown.counts}`);
      await keepShot(app, 'clusters-preview');

      // Undo within the countdown: nothing is stored or sent.
      await (await app.wd.find(tid('cluster-send'))).click();
      await app.wd.waitForElement(tid('cluster-countdown'));
      await keepShot(app, 'clusters-countdown');
      await (await app.wd.find(tid('cluster-undo'))).click();
      await new Promise((r) => setTimeout(r, 6000));
      for (const h of PAGES) assert.equal((await sentTo(fake.url, pageOf[h])).length, 0, `${h}: nothing sent after Undo`);

      // Send for real.
      await (await app.wd.find(tid('cluster-send'))).click();
      const done = await waitFor(
        async () =>
          app.wd.execute(`const p = document.querySelector('${tid('cluster-progress')}');
            return p && p.dataset.waiting === '0' ? { sent: Number(p.dataset.sent), failed: Number(p.dataset.failed) } : null;`),
        60000,
        { message: 'every reply sent by the window' },
      );
      assert.equal(done.sent, shown.replies, JSON.stringify(done));
      assert.equal(done.failed, 0);
      await keepShot(app, 'clusters-sent');

      let total = 0;
      for (const h of PAGES) {
        const sent = await sentTo(fake.url, pageOf[h]);
        const recipients = new Set(sent.map((s) => s.to));
        assert.equal(recipients.size, sent.length, `${h}: one reply per fan`);
        const word = WORD[h.split('/')[1]];
        for (const s of sent) assert.ok(s.text.includes(word), `${h} answered in its language: ${s.text}`);
        total += sent.length;
      }
      assert.equal(total, shown.replies, 'exactly the previewed replies went out');

      await app.wd.execute(`document.querySelector('.scrim')?.click();`);
      const after = await waitFor(
        async () => {
          const n = (await queueTotal(app.wd)).n;
          return n !== null && n <= before - shown.replies ? n : null;
        },
        15000,
        { message: `the answered cases leave the queue (was ${before})` },
      );
      assert.ok(after <= before - shown.replies, `${before} → ${after}`);
    });
  });
});
