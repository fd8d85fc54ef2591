// The fixture every end-to-end test file uses: a fresh HOME with the demo
// workspace, tauri-driver on a free port, a WebDriver session on the
// Switchboard window, screenshots into target/e2e/, and a teardown that
// always runs (session deleted, tauri-driver and its children killed, HOME
// removed).
//
//   import { describe, it } from 'node:test';
//   import { useApp } from './lib/app.js';
//   describe('the window opens on the demo workspace', () => {
//     const app = useApp('window-opens');       // registers before/after
//     it('shows six cells', async (t) => {
//       await app.step(t, async () => { ... app.wd.find(...) ... });
//     });
//   });

import { after, before } from 'node:test';
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, openSync, closeSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Session, status, waitFor } from './webdriver.js';

const execFileP = promisify(execFile);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** A sleep that does not keep the process alive (for races against exits). */
const idle = (ms) => new Promise((r) => setTimeout(r, ms).unref());

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SHOTS_DIR = path.join(REPO_ROOT, 'target', 'e2e');
export const CLI_BIN = path.resolve(REPO_ROOT, process.env.SWITCHBOARD_CLI_BIN || 'target/debug/switchboard');
export const DESKTOP_BIN = path.resolve(REPO_ROOT, process.env.SWITCHBOARD_DESKTOP_BIN || 'target/debug/switchboard-desktop');

/** How long the window may take from New Session to its first queue paint. */
export const STARTUP_TIMEOUT_MS = Number(process.env.E2E_STARTUP_TIMEOUT_MS || 60000);

/** tauri-driver from PATH, else ~/.cargo/bin. */
export function tauriDriverPath() {
  if (process.env.TAURI_DRIVER) return process.env.TAURI_DRIVER;
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, 'tauri-driver'))) return path.join(dir, 'tauri-driver');
  }
  const cargo = path.join(process.env.HOME || '/root', '.cargo', 'bin', 'tauri-driver');
  if (existsSync(cargo)) return cargo;
  throw new Error('tauri-driver not found in PATH nor ~/.cargo/bin (cargo install tauri-driver --locked)');
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A file-name-safe form of a test name. */
export function slug(name) {
  return String(name)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

/** Milliseconds since `t0`, for the timing lines. */
const since = (t0) => Date.now() - t0;

/**
 * Registers `before`/`after` hooks in the enclosing describe (or file) and
 * returns the fixture object; its fields are filled in by `before`.
 *
 * Options: `ready` (default true) waits for `document.body.dataset.ready ===
 * "true"`, the first queue paint of the real UI; `false` only waits for the
 * document to load (the harness smoke test on an older window).
 */
export function useApp(name, { ready = true } = {}) {
  const app = new App(name);
  before(async () => {
    await app.start({ ready });
  });
  after(async () => {
    await app.stop();
  });
  return app;
}

/**
 * One window. Options (for several windows on one workspace): `dbUrl` (the
 * workspace to open, instead of a fresh SQLite file in the window's HOME),
 * `demo: false` (do not make the demo workspace: another window's fixture
 * made it), `env` (more environment for tauri-driver and the window).
 */
export class App {
  constructor(name, options = {}) {
    this.options = options;
    this.name = slug(name);
    this.home = null;
    this.dbUrl = null;
    this.driver = null; // child process
    this.driverExit = null; // promise
    this.port = null;
    this.wd = null; // Session
    this.timings = {};
    this.logPath = path.join(SHOTS_DIR, `${this.name}.driver.log`);
  }

  /** The environment the window (and the CLI) run with. */
  env() {
    const env = { ...process.env };
    // Nothing from the developer's desktop session leaks in.
    for (const k of Object.keys(env)) if (k.startsWith('XDG_') && k !== 'XDG_RUNTIME_DIR') delete env[k];
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    delete env.LANGUAGE;
    return {
      ...env,
      HOME: this.home,
      XDG_CONFIG_HOME: path.join(this.home, '.config'),
      XDG_DATA_HOME: path.join(this.home, '.local', 'share'),
      XDG_CACHE_HOME: path.join(this.home, '.cache'),
      SWITCHBOARD_DB: this.dbUrl,
      SWITCHBOARD_LANG: 'en',
      LANG: 'en_US.UTF-8',
      RUST_BACKTRACE: '1',
      ...(this.options.env || {}),
    };
  }

  async start({ ready }) {
    const t0 = Date.now();
    for (const bin of [CLI_BIN, DESKTOP_BIN]) {
      if (!existsSync(bin)) {
        throw new Error(`${bin} is missing: build it first (cargo build -p switchboard-cli -p switchboard-desktop), or set SWITCHBOARD_CLI_BIN / SWITCHBOARD_DESKTOP_BIN`);
      }
    }
    mkdirSync(SHOTS_DIR, { recursive: true });
    this.home = mkdtempSync(path.join(tmpdir(), `switchboard-e2e-${this.name.slice(0, 40)}-`));
    this.dbUrl = this.options.dbUrl ?? `sqlite:${path.join(this.home, 'ws.db')}`;

    // 1. The demo workspace, with the CLI.
    if (this.options.demo !== false) {
      const demo = await this.cli(['demo', '--yes']);
      if (!/6 communities/.test(demo.stdout)) {
        throw new Error(`switchboard demo --yes: expected "6 communities" in its output, found: ${demo.stdout.trim()}`);
      }
    }
    this.timings.demoMs = since(t0);

    // 2. tauri-driver (it starts WebKitWebDriver on a second port).
    const driverBin = tauriDriverPath();
    this.port = await freePort();
    const nativePort = await freePort();
    const log = openSync(this.logPath, 'w');
    this.driver = spawn(driverBin, ['--port', String(this.port), '--native-port', String(nativePort)], {
      env: this.env(),
      cwd: this.home,
      stdio: ['ignore', log, log],
      detached: true, // its own process group: tauri-driver, WebKitWebDriver and the window
    });
    closeSync(log);
    this.driverExit = new Promise((resolve) => this.driver.once('exit', (code, signal) => resolve({ code, signal })));
    this.baseUrl = `http://127.0.0.1:${this.port}`;
    const t1 = Date.now();
    await waitFor(
      async () => {
        if (this.driver.exitCode !== null) throw new Error(`tauri-driver exited with ${this.driver.exitCode}: ${this.driverLog()}`);
        const s = await status(this.baseUrl);
        return s && s.ready !== false ? s : null;
      },
      20000,
      { message: `tauri-driver /status on port ${this.port}`, interval: 100 },
    );
    this.timings.driverMs = since(t1);

    // 3. The session: tauri-driver turns tauri:options into WebKitWebDriver's
    //    webkitgtk:browserOptions {binary, args} and the window starts.
    const t2 = Date.now();
    this.wd = await Session.create(this.baseUrl, {
      alwaysMatch: {
        browserName: 'wry',
        'tauri:options': { application: DESKTOP_BIN },
      },
    }).catch((e) => {
      throw new Error(`${e.message}\n  tauri-driver / WebKitWebDriver / window log (${this.logPath}):\n${this.driverLog()}`);
    });
    this.timings.sessionMs = since(t2);

    // 4. The page: loaded, and (real UI) its first queue paint.
    await waitFor(() => this.wd.execute('return document.readyState === "complete" && !!document.body'), 30000, {
      message: 'document.readyState "complete"',
    });
    if (ready) {
      let last;
      await waitFor(
        async () => {
          last = await this.wd.execute('return document.body.dataset.ready');
          return last === 'true';
        },
        STARTUP_TIMEOUT_MS,
        { message: 'document.body.dataset.ready === "true" (the first queue paint)', describe: () => `found data-ready=${JSON.stringify(last)}` },
      ).catch(async (e) => {
        const shot = await this.screenshot(`${this.name}-startup-failure`).catch(() => '(no screenshot)');
        const err = await this.errorText();
        const body = await this.wd.execute('return document.body.innerText.slice(0, 300)').catch(() => '?');
        throw new Error(
          `${e.message}\n  screenshot: ${shot}${err ? `\n  [data-testid=error]: ${err}` : ''}\n  the page reads: ${JSON.stringify(body)}`,
        );
      });
      // The matrix's counts follow the first queue page (ui/src/lib/sync.ts).
      await waitFor(
        () => this.wd.execute('const m = document.querySelector(\'[data-testid="matrix"]\'); return !m || m.dataset.loaded === "true";'),
        STARTUP_TIMEOUT_MS,
        { message: 'the matrix\'s counts are in (data-loaded="true")' },
      );
    }
    this.timings.readyMs = since(t2);
    this.timings.totalStartMs = since(t0);
    console.log(
      `e2e ${this.name}: demo ${this.timings.demoMs} ms, tauri-driver up ${this.timings.driverMs} ms, ` +
        `new session ${this.timings.sessionMs} ms, window ready ${this.timings.readyMs} ms after New Session`,
    );
  }

  driverLog() {
    try {
      return readFileSync(this.logPath, 'utf8').slice(-2000);
    } catch {
      return '';
    }
  }

  /** Runs the CLI on this workspace; resolves {stdout, stderr}, rejects with both on failure. */
  async cli(args, { timeoutMs = 30000 } = {}) {
    try {
      return await execFileP(CLI_BIN, ['--db', this.dbUrl, ...args], { env: this.env(), timeout: timeoutMs, cwd: this.home });
    } catch (e) {
      throw new Error(`switchboard ${args.join(' ')} failed (${e.code ?? e.signal}): ${e.stderr || e.message}`);
    }
  }

  /** Saves a screenshot as target/e2e/<name>.png and returns its path. */
  async screenshot(name = this.name) {
    // WebKitGTK's screenshot is the last painted frame, which can lag the DOM
    // (seen under Xvfb: "Loading…" in the PNG while the DOM had the table):
    // let two frames paint first.
    await this.wd
      .executeAsync('const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)))')
      .catch(() => {});
    const b64 = await this.wd.screenshotBase64();
    const file = path.join(SHOTS_DIR, `${slug(name)}.png`);
    writeFileSync(file, Buffer.from(b64, 'base64'));
    return file;
  }

  /** The text of [data-testid=error] when the window shows one. */
  async errorText() {
    try {
      return await this.wd.execute(
        'const e = document.querySelector("[data-testid=error]"); return e && e.offsetParent !== null ? e.textContent.trim() : ""',
      );
    } catch {
      return '';
    }
  }

  /**
   * Runs one test body; on failure saves target/e2e/<test>-failure.png and
   * adds the window's visible error (if any) to the message.
   */
  async step(t, fn) {
    const name = t && t.name ? t.name : this.name;
    try {
      return await fn();
    } catch (e) {
      let extra = '';
      if (this.wd && this.wd.id) {
        const shot = await this.screenshot(`${name}-failure`).catch((se) => `(no screenshot: ${se.message})`);
        const err = await this.errorText();
        extra = `\n  screenshot: ${shot}${err ? `\n  the window shows an error: ${err}` : ''}`;
      }
      e.message += extra;
      throw e;
    }
  }

  async stop() {
    // Delete the session first: WebKitWebDriver then closes the window.
    if (this.wd && this.wd.id) {
      await this.wd.delete().catch((e) => console.log(`# ${this.name}: delete session: ${e.message}`));
    }
    if (this.driver && this.driver.exitCode === null && this.driver.signalCode === null) {
      const pgid = this.driver.pid;
      const kill = (sig) => {
        try {
          process.kill(-pgid, sig); // the whole group: tauri-driver, WebKitWebDriver, the window
        } catch {
          /* already gone */
        }
      };
      kill('SIGTERM');
      const exited = await Promise.race([this.driverExit.then(() => true), idle(5000).then(() => false)]);
      if (!exited) {
        kill('SIGKILL');
        await Promise.race([this.driverExit, idle(2000)]);
      }
      // tauri-driver's SIGTERM handler SIGKILLs WebKitWebDriver, which can
      // orphan the window; anything left in the group goes too.
      await sleep(200);
      kill('SIGKILL');
    }
    if (this.home && !process.env.E2E_KEEP_HOME) rmSync(this.home, { recursive: true, force: true });
  }
}
