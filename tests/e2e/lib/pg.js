// A PostgreSQL database for the team tests (several windows on one desk).
//
// E2E_DATABASE_URL, when set, names a scratch database to use as it is (the
// test's `demo --yes` replaces what it holds). Otherwise a private server
// is started the way the Rust tests start theirs (tests/src/pg_server.rs):
// `initdb` in a temp dir, `pg_ctl` on a free loopback port, trust auth for
// the `switchboard` user; as root, PostgreSQL's tools run as the `postgres`
// user (PostgreSQL refuses root). `stop()` stops it and deletes the dir.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './app.js';

const execFileP = promisify(execFile);

/** Debian keeps the server binaries out of PATH, per major version. */
function binDir() {
  const candidates = [];
  try {
    const versions = readdirSync('/usr/lib/postgresql').sort().reverse();
    for (const v of versions) candidates.push(path.join('/usr/lib/postgresql', v, 'bin'));
  } catch {
    /* not Debian's layout */
  }
  candidates.push(...(process.env.PATH || '').split(path.delimiter).filter(Boolean));
  return candidates.find((d) => existsSync(path.join(d, 'initdb')) && existsSync(path.join(d, 'pg_ctl'))) ?? null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

export class PgDatabase {
  constructor() {
    this.url = null;
    this.dir = null;
    this.bin = null;
    this.asPostgres = false;
  }

  async run(tool, args) {
    const exe = path.join(this.bin, tool);
    const [cmd, argv] = this.asPostgres ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
    try {
      return await execFileP(cmd, argv, { cwd: this.dir, timeout: 60000 });
    } catch (e) {
      throw new Error(`${tool} ${args.join(' ')} failed: ${e.stderr || e.message}`);
    }
  }

  async start() {
    if (process.env.E2E_DATABASE_URL) {
      this.url = process.env.E2E_DATABASE_URL;
      return this.url;
    }
    this.bin = binDir();
    if (!this.bin) {
      throw new Error('PostgreSQL\'s initdb and pg_ctl were not found: install the `postgresql` package, or set E2E_DATABASE_URL to a scratch database');
    }
    this.asPostgres = isRoot();
    this.dir = mkdtempSync(path.join(tmpdir(), 'switchboard-e2e-pg-'));
    if (this.asPostgres) await execFileP('chown', ['-R', 'postgres:postgres', this.dir]);
    const data = path.join(this.dir, 'data');
    await this.run('initdb', ['-D', data, '-U', 'switchboard', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    const options = `-p ${port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await this.run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(this.dir, 'server.log'), '-w', 'start']);
    this.url = `postgres://switchboard@127.0.0.1:${port}/postgres`;
    return this.url;
  }

  async stop() {
    if (!this.dir) return;
    await this.run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']).catch((e) =>
      console.log(`# PostgreSQL stop: ${e.message}`),
    );
    if (!process.env.E2E_KEEP_HOME) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}
