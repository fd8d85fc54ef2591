// The privacy guard, in the window on the demo workspace connected to a
// fake Graph server: a public reply under a fan's comment that carries a
// booking reference is held with what was found; "Send privately" sends
// the private reply and a public pointer, once each, on the fake page. A
// fan's comment with their phone number in it marks the case, and hiding
// it reaches the page. Screenshots go to target/e2e/ (and docs/screenshots/
// with E2E_DOCS_SHOTS=1).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLI_BIN, REPO_ROOT, useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { chooseOption, tid } from './lib/ui.js';

const HANDLE = 'lakeline/en';
const DOCS_SHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function keepShot(app, name) {
  const file = await app.screenshot(name);
  if (!process.env.E2E_DOCS_SHOTS) return;
  mkdirSync(DOCS_SHOTS, { recursive: true });
  copyFileSync(file, path.join(DOCS_SHOTS, `${name}-en-1280x800.png`));
}

async function fakeJson(url, init) {
  const res = await fetch(url, init);
  assert.equal(res.status, 200, `${init?.method ?? 'GET'} ${url} should answer 200, answered ${res.status}`);
  return res.json();
}

describe('the privacy guard', () => {
  const app = useApp('privacy');
  const fake = { proc: null, url: null };
  let page = null;

  /** A fan comments on the page; resolves the case it opened once the window's connector synced it. */
  async function fanComments(fromId, name, text) {
    const { id } = await fakeJson(`${fake.url}/_fake/pages/${page}/fan-comment`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from_id: fromId, from_name: name, text }),
    });
    const caseId = await waitFor(
      async () => {
        const { stdout } = await app.cli(['queue', '--community', HANDLE, '--limit', '500', '--json']);
        return JSON.parse(stdout).find((r) => r.contact_name === name)?.id ?? null;
      },
      20000,
      { message: `the case of ${name}'s comment, synced by the window` },
    );
    await (await app.wd.find(`${tid('matrix-cell')}[data-handle="${HANDLE}"]`)).click();
    const row = await waitFor(async () => (await app.wd.findAll(`${tid('queue-row')}[data-case-id="${caseId}"]`))[0], 10000, {
      message: `the queue row of case #${caseId}`,
    });
    await row.click();
    await app.wd.waitForElement(`${tid('case-view')}[data-case-id="${caseId}"]`);
    return { comment: id, caseId };
  }

  before(async () => {
    const urlFile = path.join(app.home, 'fake-graph.url');
    fake.proc = spawn(CLI_BIN, ['--db', app.dbUrl, 'fake-graph', '--fans-every', '0', '--url-file', urlFile], {
      env: app.env(),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    fake.url = await waitFor(() => (existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() || null : null), 15000, {
      message: 'switchboard fake-graph to write its URL',
    });
    await app.cli(['connect', '--demo-server', fake.url, '--poll', '1']);
    const { stdout } = await app.cli(['communities', '--json']);
    page = JSON.parse(stdout).find((c) => c.handle === HANDLE).page_id;
    const agent = await app.wd.execute(`
      const o = Array.from(document.querySelector('[data-testid="agent-select"]').options).find((o) => o.value);
      return o ? o.value : null;
    `);
    await chooseOption(app.wd, tid('agent-select'), agent);
  });
  after(() => {
    if (fake.proc && fake.proc.exitCode === null) fake.proc.kill('SIGTERM');
  });

  it('a public reply with a booking reference is held; sending it privately sends the private reply and a public pointer once each', async (t) => {
    await app.step(t, async () => {
      const { comment } = await fanComments('fan-e2e-refund', 'Ana Costa', 'Where is my refund?? Nobody answers here.');
      await app.wd.waitForElement(tid('composer-public'));
      const input = await app.wd.find(tid('composer-input'));
      await input.click();
      await input.sendKeys('Hi Ana, the refund for booking K7QX2P was paid on Monday; it takes 5 days to reach your card.');
      await (await app.wd.find(tid('composer-send'))).click();
      await app.wd.waitForElement(tid('privacy-prompt'));
      const kinds = await app.wd.execute(`return [...document.querySelectorAll('${tid('privacy-findings')} li')].map((li) => li.dataset.kind);`);
      assert.deepEqual(kinds, ['booking']);
      await keepShot(app, 'privacy-held');
      let sent = await fakeJson(`${fake.url}/_fake/pages/${page}/sent`);
      assert.equal(sent.data.filter((m) => m.to === comment).length, 0, 'nothing left while held');

      await (await app.wd.find(tid('privacy-private'))).click();
      await waitFor(
        async () => {
          sent = await fakeJson(`${fake.url}/_fake/pages/${page}/sent`);
          return sent.data.filter((m) => m.to === comment).length >= 2;
        },
        20000,
        { message: 'the private reply and the public pointer on the page', describe: () => JSON.stringify(sent.data) },
      );
      await sleep(3000);
      sent = (await fakeJson(`${fake.url}/_fake/pages/${page}/sent`)).data.filter((m) => m.to === comment);
      const privately = sent.filter((m) => m.id.startsWith('m_'));
      const publicly = sent.filter((m) => !m.id.startsWith('m_'));
      assert.equal(privately.length, 1, `one private reply: ${JSON.stringify(sent)}`);
      assert.match(privately[0].text, /K7QX2P/);
      assert.equal(publicly.length, 1, `one public pointer: ${JSON.stringify(sent)}`);
      assert.match(publicly[0].text, /private message/);
      assert.ok(!publicly[0].text.includes('K7QX2P'), 'the booking reference stays private');
    });
  });

  it('a fan who writes their phone number in public marks the case, and hiding the comment reaches the page', async (t) => {
    await app.step(t, async () => {
      const { comment } = await fanComments(
        'fan-e2e-phone',
        'Marc Weber',
        'My flight LX 318 was cancelled, please call me back on +41 79 000 12 34',
      );
      const notice = await app.wd.waitForElement(tid('privacy-notice'));
      assert.equal(await notice.attribute('data-kinds'), 'phone');
      await keepShot(app, 'privacy-public-mark');
      await (await app.wd.find(tid('privacy-hide'))).click();
      await waitFor(
        async () => (await fakeJson(`${fake.url}/_fake/pages/${page}/hidden`)).data.includes(comment),
        10000,
        { message: `comment ${comment} hidden on the fake page` },
      );
      await waitFor(async () => (await (await app.wd.find(tid('privacy-notice'))).attribute('data-hidden')) === 'true', 10000, {
        message: 'the notice to say the comment is hidden',
      });
    });
  });
});
