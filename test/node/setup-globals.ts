/**
 * Runs before every node test file. The node files share a worker's module cache (vitest.config.ts, isolate:
 * false), and @hono/node-server's `serve()` replaces the global Request and Response with its own lighter
 * classes for as long as the process lives; a file that calls it would change what the next file's in-process
 * `app.request()` builds. Each file starts with Node's own classes, as it would in a fresh worker.
 */
const saved = globalThis as typeof globalThis & { __nodeFetchClasses?: { Request: typeof Request; Response: typeof Response } };
saved.__nodeFetchClasses ??= { Request: globalThis.Request, Response: globalThis.Response };
for (const name of ['Request', 'Response'] as const) {
  Object.defineProperty(globalThis, name, { value: saved.__nodeFetchClasses[name], writable: true, configurable: true });
}
