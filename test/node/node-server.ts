/** `npm start` as a child process on an ephemeral loopback port: the real Node adapter, for tests that need it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A running server. */
export interface NodeServer {
  base: string;
  child: ChildProcess;
  /** Everything the server wrote to stderr so far (its log). */
  log: () => string;
  close: () => Promise<void>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Starts server/node.ts with PORT=0 and resolves once it prints the address it listens on. */
export function startNodeServer(env: Record<string, string> = {}): Promise<NodeServer> {
  const feedbackDb = join(mkdtempSync(join(tmpdir(), 'zj-plan-')), 'feedback.sqlite');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/node.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FEEDBACK_DB: feedbackDb, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 20_000);
    let stdout = '';
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/[^\s]+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ base: match[1]!, child, log: () => stderr, close });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
}
