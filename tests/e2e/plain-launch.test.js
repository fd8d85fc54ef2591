// The window started as a person starts it — no WebDriver, a fresh home —
// on a machine whose locale is C.UTF-8 (Debian's default without locales:
// a container, a root shell, a fresh install): WebKit then reports the
// system language as "c.utf-8", which is not a language tag, and any
// Intl formatter made with it throws. The window still paints its queue
// and says so on standard output (SWITCHBOARD_REPORT_READY), as
// scripts/bench-desktop reads it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CLI_BIN, DESKTOP_BIN, STARTUP_TIMEOUT_MS } from './lib/app.js';

const run = promisify(execFile);

/** Starts the window with `env` and resolves with what it printed once it reports its first paint, or rejects after the startup timeout. */
function paintedQueue(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(DESKTOP_BIN, [], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const stop = (fn) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      fn();
    };
    const timer = setTimeout(
      () => stop(() => reject(new Error(`no switchboard-ready-ms after ${STARTUP_TIMEOUT_MS} ms; stderr: ${err.slice(-2000)}`))),
      STARTUP_TIMEOUT_MS,
    );
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/switchboard-ready-ms=(\d+)/);
      if (m) stop(() => resolve(Number(m[1])));
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => stop(() => reject(new Error(`the window exited (${code}) before painting; stderr: ${err.slice(-2000)}`))));
  });
}

describe('the window started without WebDriver', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-e2e-plain-'));
  const dbUrl = `sqlite:${path.join(dir, 'ws.db')}`;

  before(async () => {
    await run(CLI_BIN, ['--db', dbUrl, 'demo', '--yes'], { env: { ...process.env, SWITCHBOARD_LANG: 'en' } });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('paints its queue under the C.UTF-8 locale', async () => {
    const home = mkdtempSync(path.join(dir, 'home-'));
    const env = { ...process.env, HOME: home, LANG: 'C.UTF-8', SWITCHBOARD_DB: dbUrl, SWITCHBOARD_REPORT_READY: '1' };
    delete env.LANGUAGE;
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    const ms = await paintedQueue(env);
    assert.ok(ms > 0, `the window reported its first paint at ${ms} ms`);
  });
});
