/**
 * The package as an AI-assistant user gets it: `npm pack`, then the tarball installed into an empty folder with
 * `npm install --omit=dev --ignore-scripts` (no native build, so better-sqlite3 stays unbuilt), then its bin
 * driven over stdio by the official MCP SDK client. Installs from the npm cache `npm ci` filled (--prefer-offline).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; mcpName: string };
const temp = mkdtempSync(join(tmpdir(), 'zj-pack-'));
const app = join(temp, 'app');
const installed = join(app, 'node_modules', pkg.name);
let packed: string[] = [];
// Under `npm test` the parent npm's settings are in the environment; npm_config_local_prefix among them would
// make the nested npm install into this checkout. Only where the cache and registry are is passed on.
const KEEP = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig', 'npm_config_cafile']);
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || KEEP.has(key.toLowerCase())));

beforeAll(async () => {
  // npm pack runs prepack (the dist/ build) first.
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', temp], { cwd: root, env, maxBuffer: 16 << 20 });
  const [info] = JSON.parse(stdout.slice(stdout.indexOf('[\n'))) as { filename: string; files: { path: string }[] }[];
  packed = info!.files.map((f) => f.path);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'empty-folder', private: true }));
  await run('npm', ['install', join(temp, info!.filename), '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: app, env });
}, 240_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the npm package', () => {
  it('packs the built JavaScript, the prebuilt index and server.json, and no TypeScript or tests', () => {
    for (const file of ['bin/zj-plan-mcp.js', 'dist/stdio.js', 'dist/node.js', 'retrieval/data/index.json', 'seeds/clauses.json', 'server.json', 'LICENSE', 'README.md']) {
      expect(packed).toContain(file);
    }
    expect(packed.filter((f) => f.endsWith('.ts'))).toEqual([]);
  });

  it('installs without any build step: better-sqlite3 is present but not compiled', () => {
    expect(existsSync(join(app, 'node_modules/better-sqlite3/package.json'))).toBe(true);
    expect(existsSync(join(app, 'node_modules/better-sqlite3/build'))).toBe(false);
    expect(existsSync(join(app, 'node_modules/tsx'))).toBe(false);
  });

  it('server.json names the package and version it describes', () => {
    const server = JSON.parse(readFileSync(join(installed, 'server.json'), 'utf8'));
    expect(server.name).toBe(pkg.mcpName);
    expect(server.version).toBe(pkg.version);
    expect(server.packages).toEqual([expect.objectContaining({ registryType: 'npm', identifier: pkg.name, version: pkg.version, transport: { type: 'stdio' } })]);
    expect(server.description.length).toBeLessThanOrEqual(100);
  });

  it('its bin serves MCP over stdio: tools/list and search_plan with verbatim quotes', async () => {
    const transport = new StdioClientTransport({ command: join(app, 'node_modules/.bin/zj-plan-mcp'), args: [], cwd: app, stderr: 'pipe' });
    const errors: Error[] = [];
    const client = new Client({ name: 'package-test', version: '1.0.0' });
    client.onerror = (e) => errors.push(e);
    await client.connect(transport);
    try {
      expect(client.getServerVersion()).toMatchObject({ name: 'zj-plan', version: pkg.version });
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['search_plan', 'get_clause', 'check_eligibility', 'list_services']));
      const search = await client.callTool({ name: 'search_plan', arguments: { query: '失业保险金', k: 3 } });
      expect(search.isError).toBeFalsy();
      const { results } = search.structuredContent as { results: { id: string; quotes: string[]; text: string }[] };
      expect(results.length).toBeGreaterThan(0);
      expect(results.some((r) => r.text.includes('失业保险'))).toBe(true);
      for (const r of results) for (const q of r.quotes) expect(r.text).toContain(q);
    } finally {
      await client.close();
    }
    expect(errors).toEqual([]);
  });

  it('its HTTP server starts from the built JavaScript and answers feedback 503 without SQLite', async () => {
    const child = spawn(process.execPath, [join(installed, 'dist/node.js')], {
      cwd: app,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FEEDBACK_DB: join(temp, 'feedback.sqlite') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const base = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (chunk) => {
          out += chunk;
          const match = /listening on (http:\/\/\S+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ ok: true, version: pkg.version });
      const feedback = await fetch(`${base}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rating: 'helpful', question: '问', answer: '答' }),
      });
      expect(feedback.status).toBe(503);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
