#!/usr/bin/env node
/**
 * `npm run d1:migrate`: applies server/feedback/migrations to the deployed D1 database.
 *
 * wrangler.toml carries no database_id (wrangler provisions the database on the first deploy), but
 * `wrangler d1 migrations apply --remote` insists on one, and wrangler cannot write the id back into a TOML
 * file with comments. So this looks the database up by name (`wrangler d1 list --json`) and runs the
 * migrations with a throwaway config that adds the id, leaving wrangler.toml as committed.
 * Runs `wrangler` from PATH: `npm run` puts node_modules/.bin there. Needs `npx wrangler login` (or
 * CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID) for the real account.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BINDING = 'DB';

/** The [[d1_databases]] entry for BINDING, read from wrangler.toml (flat `key = "value"` lines only). */
function d1Entry(toml) {
  for (const block of toml.split(/^\[\[d1_databases\]\]\s*$/m).slice(1)) {
    const body = block.split(/^\[/m)[0];
    const entry = Object.fromEntries([...body.matchAll(/^\s*(\w+)\s*=\s*"([^"]*)"/gm)].map((m) => [m[1], m[2]]));
    if (entry.binding === BINDING) return entry;
  }
  throw new Error(`wrangler.toml has no [[d1_databases]] entry with binding = "${BINDING}"`);
}

function wrangler(args, options = {}) {
  const run = spawnSync('wrangler', args, { cwd: root, encoding: 'utf8', ...options });
  if (run.error) throw new Error(`could not run wrangler (${run.error.message}); use \`npm run d1:migrate\``);
  return run;
}

const entry = d1Entry(readFileSync(join(root, 'wrangler.toml'), 'utf8'));
const name = entry.database_name;
const migrations = resolve(root, entry.migrations_dir ?? 'migrations');
let id = entry.database_id;
if (!id) {
  const list = wrangler(['d1', 'list', '--json'], { stdio: ['inherit', 'pipe', 'inherit'] });
  if (list.status !== 0) process.exit(list.status ?? 1);
  const found = JSON.parse(list.stdout).find((db) => db.name === name);
  if (!found) {
    console.error(`d1:migrate: no D1 database named "${name}" in this account yet. Run \`npx wrangler deploy\` first (it creates it), or \`npx wrangler d1 create ${name}\`.`);
    process.exit(1);
  }
  id = found.uuid;
}

const dir = mkdtempSync(join(tmpdir(), 'zj-d1-migrate-'));
try {
  const config = join(dir, 'wrangler.toml');
  // migrations_dir is resolved against the config's folder, so it is written relative to the temporary one.
  writeFileSync(
    config,
    [
      `name = "d1-migrate"`,
      `compatibility_date = "2026-04-01"`,
      `[[d1_databases]]`,
      `binding = "${BINDING}"`,
      `database_name = "${name}"`,
      `database_id = "${id}"`,
      `migrations_dir = "${relative(dir, migrations).split('\\').join('/')}"`,
      '',
    ].join('\n'),
  );
  console.error(`d1:migrate: applying ${relative(root, migrations)} to ${name} (${id})`);
  const apply = wrangler(['d1', 'migrations', 'apply', name, '--remote', '--config', config], { stdio: 'inherit' });
  process.exitCode = apply.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
