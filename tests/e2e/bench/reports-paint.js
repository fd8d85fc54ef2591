// How long the Reports view takes to paint on a given workspace (issue 19,
// docs/benchmarks.md). The window opens on SWITCHBOARD_BENCH_DB (e.g. the
// 1 M-case year); then "Reports" is opened RUNS times (default 7), and each
// time the page itself times the click to the table painted and to the
// weekly trend drawn. The report facts are brought up to date by the first
// opening. Not part of the suite (no `.test.js`); run it in the E2E
// session with release binaries:
//
//   SWITCHBOARD_BENCH_DB=sqlite:/tmp/benchdb/year.db \
//   SWITCHBOARD_DESKTOP_BIN=target/release/switchboard-desktop \
//   SWITCHBOARD_CLI_BIN=target/release/switchboard \
//   ./scripts/e2e tests/e2e/bench/reports-paint.js
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { App } from '../lib/app.js';
import { tid } from '../lib/ui.js';

const DB = process.env.SWITCHBOARD_BENCH_DB;
const RUNS = Number(process.env.RUNS ?? 7);

describe('the Reports view paints', () => {
  it(`on ${DB}`, { skip: !DB && 'SWITCHBOARD_BENCH_DB is not set' }, async () => {
    const app = new App('reports-paint', { dbUrl: DB, demo: false });
    await app.start({ ready: true });
    try {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await app.wd.executeAsync(`
          const done = arguments[arguments.length - 1];
          const t0 = performance.now();
          let table = null;
          document.querySelector('${tid('open-reports')}').click();
          const tick = () => {
            if (table === null && document.querySelector('${tid('report-table')}')) table = performance.now() - t0;
            if (document.querySelector('${tid('report-trend')} canvas')) {
              requestAnimationFrame(() => done({ table, trend: performance.now() - t0 }));
              return;
            }
            if (performance.now() - t0 > 120000) return done({ table, trend: null });
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);`);
        runs.push(r);
        console.log(`run ${i + 1}: table ${Math.round(r.table)} ms, trend ${r.trend === null ? 'none' : Math.round(r.trend) + ' ms'}`);
        await app.wd.execute(`document.querySelector('.scrim')?.click();`);
        await new Promise((res) => setTimeout(res, 300));
      }
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      console.log(`median: table ${Math.round(median(runs.map((r) => r.table)))} ms, trend ${Math.round(median(runs.map((r) => r.trend ?? Infinity)))} ms`);
      assert.ok(runs.every((r) => r.table !== null), 'the table painted every time');
    } finally {
      await app.stop();
    }
  });
});
