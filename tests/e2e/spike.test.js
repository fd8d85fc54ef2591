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
import { weekWithSurge } from './lib/traffic.js';

const run = promisify(execFile);
const SURGING = 'lakeline/fr-CH';

describe('a surging community is marked in the matrix', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-e2e-spike-'));
  const dbUrl = `sqlite:${path.join(dir, 'ws.db')}`;
  const app = new App('spike', { dbUrl, demo: false });

  before(async () => {
    const env = { ...process.env, SWITCHBOARD_LANG: 'en' };
    await run(CLI_BIN, ['--db', dbUrl, 'demo', '--yes'], { env });
    const file = path.join(dir, 'week.jsonl');
    writeFileSync(file, weekWithSurge(Date.now(), SURGING));
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
