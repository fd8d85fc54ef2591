// Crisis day: a week of normal traffic on the six demo pages and, in the
// last 40 minutes, a surge of people writing to lakeline/fr-CH about
// cancelled flights — imported with `switchboard inbound --batch` before the
// window opens. The window marks that community's matrix cell as surging
// (and no other), with the figures in its title.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { App, CLI_BIN } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { tid } from './lib/ui.js';

const run = promisify(execFile);
const SURGING = 'lakeline/fr-CH';
const PAGES = ['summit-air/fr-CH', 'summit-air/de-CH', 'summit-air/en', 'lakeline/fr-CH', 'lakeline/de-CH', 'lakeline/en'];

/** A deterministic generator, so every run replays the same week. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Lines of a week of traffic (about three people an hour per page in the day) and the surge. */
function week(now) {
  const r = rng(2026);
  const lines = [];
  let who = 0;
  const hour = 3600 * 1000;
  const start = now - 8 * 24 * hour;
  for (const community of PAGES) {
    for (let t = start; t < now - hour; t += hour) {
      const h = new Date(t).getUTCHours();
      const rate = h >= 7 && h < 19 ? 3 : h >= 5 && h < 22 ? 1.5 : 0.3;
      const n = Math.floor(rate + r() * 1.5);
      for (let i = 0; i < n; i += 1) {
        who += 1;
        lines.push({ community, from: `Fan ${who}`, from_id: `psid-e2e-${who}`, text: 'Bonjour, une question sur mon billet.', at: new Date(t + r() * hour).toISOString() });
      }
    }
  }
  for (let i = 0; i < 40; i += 1) {
    who += 1;
    lines.push({
      community: SURGING,
      from: `Fan ${who}`,
      from_id: `psid-e2e-${who}`,
      text: 'Mon vol pour Genève est annulé à cause de la neige, comment rebooker ?',
      at: new Date(now - 40 * 60 * 1000 + i * 55 * 1000).toISOString(),
    });
  }
  lines.sort((a, b) => a.at.localeCompare(b.at));
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}

describe('a surging community is marked in the matrix', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-e2e-spike-'));
  const dbUrl = `sqlite:${path.join(dir, 'ws.db')}`;
  const app = new App('spike', { dbUrl, demo: false });

  before(async () => {
    const env = { ...process.env, SWITCHBOARD_LANG: 'en' };
    await run(CLI_BIN, ['--db', dbUrl, 'demo', '--yes'], { env });
    const file = path.join(dir, 'week.jsonl');
    writeFileSync(file, week(Date.now()));
    await run(CLI_BIN, ['--db', dbUrl, 'inbound', '--batch', file], { env, maxBuffer: 1 << 24 });
    await app.start({ ready: true });
  });
  after(async () => {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`${SURGING}'s cell shows the spike, and no other cell does`, async (t) => {
    await app.step(t, async () => {
      const { stdout } = await app.cli(['crisis', 'alerts', '--json']);
      const alerts = JSON.parse(stdout);
      assert.deepEqual(alerts.map((a) => a.community), [SURGING], `the CLI's alerts of the last 24 h: ${stdout}`);

      let marked = [];
      await waitFor(
        async () => {
          marked = await app.wd.execute(`return [...document.querySelectorAll('${tid('matrix-cell')}')]
            .filter((c) => c.querySelector('${tid('matrix-spike')}'))
            .map((c) => c.dataset.handle);`);
          return marked.length > 0;
        },
        15000,
        { message: `a [data-testid=matrix-spike] in ${SURGING}'s cell`, describe: () => `marked: ${JSON.stringify(marked)}` },
      );
      assert.deepEqual(marked, [SURGING]);
      const title = await app.wd.execute(`return document.querySelector('${tid('matrix-spike')}').title;`);
      assert.match(title, /^Spike since .*: \d+ people in an hour \(\d+(\.\d)?× the usual/, title);
      await app.screenshot('spike-matrix');
    });
  });
});
