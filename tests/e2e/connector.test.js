// The window on the real Meta connector, against the fake Graph server
// (`switchboard fake-graph`, fans writing every second in each page's
// language): a page is connected with its token from "Connect pages" (a
// wrong token is refused there, in words), the other communities to the
// demo server; fans' messages arrive in all six communities without a
// reload; a reply sent from the composer lands on the fake page, once; a
// closed Messenger window is explained and the reply cannot be sent; a
// revoked token shows as "re-authorise" until the page is connected again.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLI_BIN, useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { chooseOption, DEMO_HANDLES, nonce, readState, tid } from './lib/ui.js';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The fans the fake server lets write, by language (crates/meta/src/fake/fans.rs). */
const FAKE_FANS = [
  'Camille Favre', 'Luc Perrin', 'Chloé Bonvin', 'Mathieu Roch',
  'Anna Keller', 'Reto Baumann', 'Nina Graf', 'Urs Zünd',
  'Emma Walsh', 'Oliver Grant', 'Priya Shah', 'Tom Becker',
];

/** The open-case number each matrix cell shows, by handle. */
async function cellCounts(wd) {
  return wd.execute(`
    const out = {};
    for (const c of document.querySelectorAll('[data-testid="matrix-cell"]')) {
      const open = c.querySelector('.open');
      out[c.getAttribute('data-handle')] = open ? Number((open.textContent || '').replace(/\\D/g, '')) : null;
    }
    return out;
  `);
}

/** "Connect pages" rows: handle → {status, synced, text}. */
async function connectRows(wd) {
  return wd.execute(`
    const out = {};
    for (const r of document.querySelectorAll('[data-testid="connect-row"]')) {
      out[r.getAttribute('data-handle')] = {
        status: r.getAttribute('data-status'),
        synced: r.getAttribute('data-synced') === 'true',
        text: r.textContent.replace(/\\s+/g, ' ').trim(),
      };
    }
    return out;
  `);
}

/** Waits until every one of `handles` is connected and has synced in "Connect pages". */
async function waitSynced(wd, handles, timeoutMs, message) {
  let rows;
  await waitFor(
    async () => {
      rows = await connectRows(wd);
      return handles.every((h) => rows[h] && rows[h].status === 'ok' && rows[h].synced);
    },
    timeoutMs,
    { message, describe: () => JSON.stringify(handles.map((h) => rows && rows[h])) },
  );
}

async function fakeJson(url) {
  const res = await fetch(url);
  assert.equal(res.status, 200, `GET ${url} should answer 200, answered ${res.status}`);
  return res.json();
}

/** Types into an input as a person does, replacing what it held. */
async function typeInto(wd, css, text) {
  const input = await wd.find(css);
  await input.clear();
  await input.click();
  await input.sendKeys(text);
  const value = await input.property('value');
  assert.equal(value, text, `${css} should hold what was typed`);
}

async function openCaseFromCell(app, handle, caseId) {
  await (await app.wd.find(`${tid('matrix-cell')}[data-handle="${handle}"]`)).click();
  const row = await waitFor(async () => (await app.wd.findAll(`${tid('queue-row')}[data-case-id="${caseId}"]`))[0], 10000, {
    message: `the queue row of case #${caseId} after clicking ${handle}`,
  });
  await row.click();
  await waitFor(async () => (await readState(app.wd)).caseView?.id === String(caseId), 5000, {
    message: `[data-testid=case-view] data-case-id="${caseId}"`,
  });
}

describe('the window on the real connector against the fake Graph server', () => {
  const app = useApp('connector');
  const fake = { proc: null, url: null, pages: null };
  let before0 = null;
  let pageOf = {};

  before(async () => {
    const urlFile = path.join(app.home, 'fake-graph.url');
    fake.proc = spawn(CLI_BIN, ['--db', app.dbUrl, 'fake-graph', '--fans-every', '1', '--url-file', urlFile], {
      env: app.env(),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    fake.url = await waitFor(() => (existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() || null : null), 15000, {
      message: 'switchboard fake-graph to write its URL',
    });
    fake.pages = (await fakeJson(`${fake.url}/_fake/pages`)).data;
    const { stdout } = await app.cli(['communities', '--json']);
    pageOf = Object.fromEntries(JSON.parse(stdout).map((c) => [c.handle, c.page_id]));
    const agent = await app.wd.execute(`
      const o = Array.from(document.querySelector('[data-testid="agent-select"]').options).find((o) => o.value);
      return o ? o.value : null;
    `);
    await chooseOption(app.wd, tid('agent-select'), agent);
  });

  after(() => {
    if (fake.proc && fake.proc.exitCode === null) fake.proc.kill('SIGTERM');
  });

  it('a page is connected with its token from "Connect pages"; a wrong token is refused in words', async (t) => {
    await app.step(t, async () => {
      before0 = await cellCounts(app.wd);
      await app.wd.execute('window.__e2eMarker = "connector"');
      await (await app.wd.find(tid('open-connect'))).click();
      await app.wd.waitForElement(tid('connect-pages'));
      const rows0 = await connectRows(app.wd);
      assert.deepEqual(Object.keys(rows0).sort(), [...DEMO_HANDLES], 'the dialog should list the six communities');
      assert.ok(Object.values(rows0).every((r) => r.status === 'not_connected'), `no community is connected yet: ${JSON.stringify(rows0)}`);

      const handle = 'lakeline/en';
      const page = fake.pages.find((p) => p.id === pageOf[handle]);
      assert.ok(page, `the fake server should have ${handle}'s page ${pageOf[handle]}`);
      const row = `${tid('connect-row')}[data-handle="${handle}"]`;
      await (await app.wd.find(`${row} ${tid('connect-open-form')}`)).click();
      await typeInto(app.wd, `${row} ${tid('connect-graph-url')}`, `${fake.url}/v21.0`);

      await typeInto(app.wd, `${row} ${tid('connect-token')}`, 'not-the-page-token');
      await (await app.wd.find(`${row} ${tid('connect-page-submit')}`)).click();
      const refusal = await waitFor(
        async () => {
          const e = await app.wd.findAll(`${row} ${tid('connect-error')}`);
          return e.length ? e[0].text() : null;
        },
        10000,
        { message: 'an error under the form after a wrong token' },
      );
      assert.match(refusal, /Meta does not accept this token for page \d+/, `the refusal should be in words, found "${refusal}"`);
      assert.equal((await connectRows(app.wd))[handle].status, 'not_connected', 'a refused token connects nothing');
      await app.screenshot('connector-wrong-token');

      await typeInto(app.wd, `${row} ${tid('connect-token')}`, page.token);
      await (await app.wd.find(`${row} ${tid('connect-page-submit')}`)).click();
      await waitSynced(app.wd, [handle], 15000, `${handle} connected and synced`);
      const { stdout } = await app.cli(['connections', '--json']);
      const conns = JSON.parse(stdout);
      assert.deepEqual(conns.map((c) => c.community), [handle], `the workspace should have one connection, has ${stdout}`);
      const db = readFileSync(app.dbUrl.replace(/^sqlite:/, ''));
      assert.equal(db.includes(Buffer.from(page.token)), false, 'the page token must not be in the workspace file');
    });
  });

  it('the demo server connects every other community', async (t) => {
    await app.step(t, async () => {
      await typeInto(app.wd, tid('connect-demo-url'), fake.url);
      await (await app.wd.find(tid('connect-demo-submit'))).click();
      await waitSynced(app.wd, DEMO_HANDLES, 20000, 'all six communities connected and synced');
      await app.screenshot('connector-connected');
      await app.wd.pressKeys(['\uE00C']); // Escape
      await waitFor(async () => (await app.wd.findAll(tid('connect-pages'))).length === 0, 3000, {
        message: 'the dialog closes with Escape',
      });
    });
  });

  it("fans' messages arrive live in all six communities", async (t) => {
    await app.step(t, async () => {
      let now;
      await waitFor(
        async () => {
          now = await cellCounts(app.wd);
          return DEMO_HANDLES.every((h) => now[h] > before0[h]);
        },
        60000,
        {
          interval: 500,
          message: 'every matrix cell to count more open cases than before the pages were connected',
          describe: () => `before ${JSON.stringify(before0)}, now ${JSON.stringify(now)}`,
        },
      );
      const synced = await app.wd.execute(`
        return Array.from(document.querySelectorAll('[data-testid="matrix-cell"]')).map((c) => {
          const s = c.querySelector('[data-testid="matrix-sync"]');
          return { handle: c.getAttribute('data-handle'), status: s && s.getAttribute('data-status'), synced: s && s.getAttribute('data-synced'), text: s && s.textContent.trim() };
        });
      `);
      assert.ok(
        synced.length === 6 && synced.every((c) => c.status === 'ok' && c.synced === 'true' && /^synced \S/.test(c.text)),
        `each cell should say its page is synced: ${JSON.stringify(synced)}`,
      );
      assert.equal(await app.wd.execute('return window.__e2eMarker'), 'connector', 'the page was reloaded: updates must arrive live');
      await app.screenshot('connector-live');
    });
  });

  it('a reply sent from the composer appears on the fake page, once', async (t) => {
    await app.step(t, async () => {
      // Fans write a message or a comment at random: wait for a Messenger
      // case of one of them, on whichever page it came first.
      let handle;
      let fresh;
      await waitFor(
        async () => {
          for (const h of DEMO_HANDLES) {
            const { stdout } = await app.cli(['queue', '--community', h, '--limit', '500', '--json']);
            fresh = JSON.parse(stdout).find(
              (r) => r.kind === 'messenger' && FAKE_FANS.includes(r.contact_name) && !r.thread_key.startsWith('demo-'),
            );
            if (fresh) {
              handle = h;
              return true;
            }
          }
          return false;
        },
        30000,
        { interval: 1000, message: "a Messenger case from one of the fake server's fans" },
      );
      await openCaseFromCell(app, handle, fresh.id);

      const text = `Thanks, we are looking into it (e2e ${nonce()})`;
      await typeInto(app.wd, tid('composer-input'), text);
      const label = await (await app.wd.find(tid('composer-send'))).text();
      assert.match(label, /Send to the page/, `a connected page's composer sends to the page, its button reads "${label}"`);
      await (await app.wd.find(tid('composer-send'))).click();

      let s;
      await waitFor(
        async () => {
          s = await readState(app.wd);
          return s.thread.some((m) => m.direction === 'outbound' && m.text.includes(text));
        },
        15000,
        {
          message: 'the reply in the thread as outbound once the connector sent it',
          describe: () => `thread: ${JSON.stringify((s ? s.thread : []).map((m) => [m.direction, m.text.slice(0, 50)]))}; error: ${s && s.errorBanner}`,
        },
      );
      const sentOf = async () => (await fakeJson(`${fake.url}/_fake/pages/${pageOf[handle]}/sent`)).data.filter((m) => JSON.stringify(m).includes(text));
      assert.equal((await sentOf()).length, 1, 'the fake page should have received the reply once');
      await app.screenshot('connector-reply-sent');

      // Two more polls read the page's own message back: still one reply.
      await sleep(7000);
      assert.equal((await sentOf()).length, 1, 'the reply is sent once, not again');
      const { stdout: after } = await app.cli(['case', String(fresh.id), '--json']);
      const thread = JSON.parse(after)[0].thread.filter((m) => m.direction === 'outbound' && m.body === text);
      assert.equal(thread.length, 1, `the case should hold the reply once, holds it ${thread.length} times`);
      s = await readState(app.wd);
      assert.equal(s.thread.filter((m) => m.direction === 'outbound' && m.text.includes(text)).length, 1, 'the window shows it once');
    });
  });

  it('a closed Messenger window is explained and the reply cannot be sent', async (t) => {
    await app.step(t, async () => {
      const dayAgo = Date.now() - 24 * 3600 * 1000;
      let target = null;
      for (const handle of DEMO_HANDLES) {
        const { stdout } = await app.cli(['queue', '--community', handle, '--json']);
        const row = JSON.parse(stdout).find((r) => r.kind === 'messenger' && r.status !== 'resolved' && Date.parse(r.last_inbound_at) < dayAgo);
        if (row) {
          target = { handle, id: row.id };
          break;
        }
      }
      assert.ok(target, 'the demo should have an open Messenger case whose fan last wrote more than 24 h ago');
      await openCaseFromCell(app, target.handle, target.id);

      const notice = await app.wd.waitForElement(`${tid('composer-window')}[data-kind="closed"]`, 5000);
      const said = await notice.text();
      assert.match(said, /cannot be sent/, `the composer should say the reply cannot be sent, says "${said}"`);
      const text = `Too late for Messenger (e2e ${nonce()})`;
      await typeInto(app.wd, tid('composer-input'), text);
      const send = await app.wd.find(tid('composer-send'));
      assert.equal(await send.property('disabled'), true, 'the send button is disabled while the window is closed');
      await app.screenshot('connector-window-closed');
      await sleep(2500);
      const sent = (await fakeJson(`${fake.url}/_fake/pages/${pageOf[target.handle]}/sent`)).data;
      assert.equal(sent.some((m) => JSON.stringify(m).includes(text)), false, 'nothing went to the page');
      assert.equal(await (await app.wd.find(tid('composer-input'))).property('value'), text, 'the text stays in the composer');
    });
  });

  it('a revoked token shows in the matrix and the header until the page is connected again', async (t) => {
    await app.step(t, async () => {
      await app.wd.pressKeys(['\uE00C']); // Escape: out of the composer
      const handle = 'lakeline/de-CH';
      const res = await fetch(`${fake.url}/_fake/pages/${pageOf[handle]}/revoke`, { method: 'POST' });
      assert.equal(res.status, 200, `revoking the token on the fake server answered ${res.status}`);
      const { token } = await res.json();
      const cell = `${tid('matrix-cell')}[data-handle="${handle}"] ${tid('matrix-sync')}`;
      let seen;
      await waitFor(
        async () => {
          seen = await app.wd.execute(
            `const s = document.querySelector(arguments[0]); const b = document.querySelector('[data-testid="pages-attention"]');
             return { status: s && s.getAttribute('data-status'), text: s && s.textContent.trim(), badge: b && b.textContent.trim() };`,
            cell,
          );
          return seen.status === 'needs_reauth';
        },
        15000,
        { message: `${handle}'s matrix cell to say it needs re-authorisation`, describe: () => JSON.stringify(seen) },
      );
      assert.equal(seen.text, 're-authorise', `the cell says what to do, says "${seen.text}"`);
      assert.equal(seen.badge, '1', `the header's Pages button counts one page that needs a person, shows ${seen.badge}`);
      await app.screenshot('connector-needs-reauth');

      await (await app.wd.find(tid('open-connect'))).click();
      const row = `${tid('connect-row')}[data-handle="${handle}"]`;
      const lastError = await (await app.wd.waitForElement(`${row} ${tid('connect-last-error')}`, 5000)).text();
      assert.match(lastError, /Meta refused the page token/, `the row gives the last error in words: "${lastError}"`);
      await (await app.wd.find(`${row} ${tid('connect-open-form')}`)).click();
      const url = await (await app.wd.find(`${row} ${tid('connect-graph-url')}`)).property('value');
      assert.equal(url, `${fake.url}/v21.0`, 'reconnecting keeps the Graph URL of the connection');
      await typeInto(app.wd, `${row} ${tid('connect-token')}`, token);
      await (await app.wd.find(`${row} ${tid('connect-page-submit')}`)).click();
      await waitSynced(app.wd, [handle], 15000, `${handle} synced again with the new token`);
      await app.wd.pressKeys(['\uE00C']);
      assert.equal((await app.wd.findAll(tid('pages-attention'))).length, 0, 'no page needs a person any more');
    });
  });
});
