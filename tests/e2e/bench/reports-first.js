// What the first opening of the Reports view costs after the app starts,
// split: the desk's `report_dashboard` called three times in a row in a
// fresh window (no painting), timed in the page. Not part of the suite:
// SWITCHBOARD_BENCH_DB=sqlite:/path/year.db ./scripts/e2e tests/e2e/bench/reports-first.js
import { describe, it } from 'node:test';
import { App } from '../lib/app.js';

const DB = process.env.SWITCHBOARD_BENCH_DB;

describe('the Reports view, first call after start', () => {
  it(`on ${DB}`, { skip: !DB && 'SWITCHBOARD_BENCH_DB is not set' }, async () => {
    const app = new App('reports-first', { dbUrl: DB, demo: false });
    await app.start({ ready: true });
    try {
      const times = await app.wd.executeAsync(`
        const done = arguments[arguments.length - 1];
        const to = new Date();
        const from = new Date(to.getTime() - 30 * 86400000);
        const args = { from: from.toISOString(), to: to.toISOString(), by: 'community' };
        (async () => {
          const out = [];
          for (let i = 0; i < 3; i++) {
            const t0 = performance.now();
            await window.__TAURI_INTERNALS__.invoke('report_dashboard', args);
            out.push(Math.round(performance.now() - t0));
          }
          done(out);
        })().catch((e) => done(String(e)));`);
      console.log(`report_dashboard: ${JSON.stringify(times)} ms`);
    } finally {
      await app.stop();
    }
  });
});
