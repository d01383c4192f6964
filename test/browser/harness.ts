/**
 * What the browser tests share: the Node app on an ephemeral 127.0.0.1 port with a throwaway SQLite
 * feedback file, and Debian's Chromium driven by playwright-core (installed by scripts/install-browser.sh;
 * playwright's own browser download is never used).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { createApp } from '../../server/app.ts';
import type { Env } from '../../server/env.ts';
import { openSqliteStore } from '../../server/feedback/sqlite-store.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';

/** Where screenshots go (gitignored; CI keeps them as artifacts). */
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
/** Debian's chromium package puts the browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A phone (iPhone 12–15 class) and a laptop. */
export const PHONE = { width: 390, height: 844 };
/** A laptop screen. */
export const DESKTOP = { width: 1280, height: 800 };

/** Flags for a quiet, sandbox-less headless run in a container: no GPU, no QUIC, no background traffic. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running app. */
export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the app as server/node.ts does, on port 0, with a fresh SQLite file; `env` stands in for process.env. */
export async function startServer(env: Env = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'zj-feedback-'));
  const feedback = await openSqliteStore(join(dir, 'feedback.sqlite'));
  const app = createApp({ engine: createEngine(PLAN_DATA), feedback });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: (req) => app.fetch(req, env), port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          feedback.close();
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        // SSE and keep-alive sockets would otherwise hold close() open.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

/** The app and a Chromium a test file shares: set before its first test (serverAndBrowser). */
export interface TestRig {
  server: TestServer;
  browser: TestBrowser;
}

/**
 * A test file's app and Chromium: started before its tests, closed after them (vitest hooks registered here, so
 * a file's own beforeAll, registered after this call, runs once both are up).
 */
export function serverAndBrowser(viewport = PHONE, env: Env = {}): TestRig {
  const rig = {} as TestRig;
  beforeAll(async () => {
    rig.server = await startServer(env);
    rig.browser = await launchBrowser(viewport);
  });
  afterAll(async () => {
    await rig.browser?.close();
    await rig.server?.close();
  });
  return rig;
}

/** One Chromium per test file: a default context, and fresh contexts for pages that run side by side. */
export interface TestBrowser {
  context: BrowserContext;
  /** A fresh context (its own cookies and storage), so pages with different cookies can run at the same time. */
  newContext(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** The context options every test page gets: the viewport, Chinese locale, 1× pixels, a 15 s default timeout. */
async function configure(browser: Browser, viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1 });
  // Fail within a test's budget, with playwright's call log, rather than at vitest's timeout.
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * Launches Chromium headless (playwright gives it a fresh temporary profile, removed on close) with one
 * default context; tests that run pages side by side take a context each (`newContext`).
 */
export async function launchBrowser(viewport = PHONE): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run scripts/install-browser.sh first`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const context = await configure(browser, viewport);
  return {
    context,
    newContext: (size = viewport) => configure(browser, size),
    close: () => browser.close(),
  };
}

/** Saves a full-page screenshot under test-artifacts/. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Records every request the page makes that leaves `origin` (the page must load nothing from elsewhere). */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
  });
  return foreign;
}

/** An Answer as the chat endpoint sends it (only what the tests read). */
export interface StreamedAnswer {
  answer: string;
  status: string;
  citations: { n: number; id: string; path: string[]; quote: string }[];
  followUp?: { field: string; question: string; options: string[] };
  notices?: string[];
}

/** An SSE body as /api/chat would stream it: the text in a few deltas, then the whole answer. */
export function sseBody(answer: StreamedAnswer & { toolCalls?: unknown[] }): string {
  const full = { toolCalls: [], ...answer };
  const parts = answer.answer.match(/[^。；\n]*[。；\n]?/g)!.filter(Boolean);
  const deltas = parts.map((text) => `event: delta\ndata: ${JSON.stringify({ text })}\n\n`).join('');
  return `${deltas}event: answer\ndata: ${JSON.stringify(full)}\n\n`;
}

/** Waits until the page's nth answer (0-based) has finished streaming, and returns its element. */
export async function answerDone(page: Page, nth: number) {
  const item = page.locator('.msg.assistant').nth(nth);
  await item.waitFor();
  await page.waitForFunction((i) => {
    const el = document.querySelectorAll('.msg.assistant')[i];
    return el !== undefined && el.getAttribute('data-state') !== 'streaming';
  }, nth);
  return item;
}
