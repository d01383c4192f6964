/**
 * The Workers deployment as committed: `wrangler deploy --dry-run` bundles the Worker with wrangler.toml as it is
 * (no placeholder database id, Workers Logs on), and `npm run d1:migrate` finds the provisioned database by name
 * and hands wrangler a config that has its id (checked against a stand-in `wrangler` on PATH: the real one needs
 * the Cloudflare account).
 */
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8');
const temp = mkdtempSync(join(tmpdir(), 'zj-deploy-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('wrangler.toml', () => {
  it('has no database_id (wrangler provisions it) and Workers Logs on', () => {
    expect(toml).not.toMatch(/^\s*database_id\s*=/m);
    expect(toml).toMatch(/^\[observability\]\s*\nenabled = true$/m);
  });

  it('passes `wrangler deploy --dry-run`, with the D1 binding', async () => {
    const outdir = join(temp, 'worker');
    const { stdout } = await promisify(execFile)(join(root, 'node_modules/.bin/wrangler'), ['deploy', '--dry-run', '--outdir', outdir], {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: '1' },
      timeout: 120_000,
    });
    expect(stdout).toContain('--dry-run: exiting now.');
    expect(stdout).toMatch(/env\.DB \(zj-feedback\)\s+D1 Database/);
    expect(existsSync(join(outdir, 'worker.js'))).toBe(true);
  }, 120_000);
});

describe('npm run d1:migrate', () => {
  /** Runs scripts/d1-migrate.mjs with a stand-in `wrangler` that answers `d1 list` and records the apply call. */
  function migrate(databases: { uuid: string; name: string }[]) {
    const bin = mkdtempSync(join(temp, 'bin-'));
    const record = join(bin, 'apply.json');
    const stub = join(bin, 'wrangler');
    writeFileSync(
      stub,
      `#!${process.execPath}
const fs = require('node:fs');
const args = process.argv.slice(2);
if (args.join(' ') === 'd1 list --json') { console.log(${JSON.stringify(JSON.stringify(databases))}); process.exit(0); }
const config = args[args.indexOf('--config') + 1];
fs.writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args, config, text: fs.readFileSync(config, 'utf8') }));
`,
    );
    chmodSync(stub, 0o755);
    const run = spawnSync(process.execPath, ['scripts/d1-migrate.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` },
    });
    const applied = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as { args: string[]; config: string; text: string }) : undefined;
    return { run, applied };
  }

  it('applies the migrations to the database found by name, with its id in a throwaway config', () => {
    const { run, applied } = migrate([
      { uuid: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'another-db' },
      { uuid: '3f1c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f', name: 'zj-feedback' },
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(applied!.args.slice(0, 5)).toEqual(['d1', 'migrations', 'apply', 'zj-feedback', '--remote']);
    expect(applied!.text).toContain('database_id = "3f1c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f"');
    // The migrations folder, written relative to the throwaway config, is the committed one.
    const dir = /^migrations_dir = "(.+)"$/m.exec(applied!.text)![1]!;
    expect(resolve(join(applied!.config, '..'), dir)).toBe(resolve(root, 'server/feedback/migrations'));
    expect(existsSync(applied!.config)).toBe(false);
  });

  it('says to deploy first when the database does not exist yet', () => {
    const { run, applied } = migrate([{ uuid: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'another-db' }]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npx wrangler deploy');
    expect(applied).toBeUndefined();
  });
});
