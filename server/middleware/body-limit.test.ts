/** The body-size guard: oversized bodies get 413 before being read, whether announced by Content-Length or streamed. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { createApp } from '../app.ts';
import { PLAN_DATA } from '../plan-data.ts';
import { MAX_BODY_BYTES } from '../validate.ts';

const app = createApp({ engine: createEngine(PLAN_DATA) });
const POST_ROUTES = ['/api/search', '/api/chat', '/api/eligibility', '/api/feedback', '/v1/chat/completions', '/mcp'];

/** A body stream that would go on forever, and records how much of it was pulled. */
function endless() {
  let pulled = 0;
  const chunk = new TextEncoder().encode('x'.repeat(8192));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled: () => pulled };
}

describe('body size guard', () => {
  it.each(POST_ROUTES)('%s: a Content-Length over the limit is refused with 413 without reading the body', async (path) => {
    const { body, pulled } = endless();
    const res = await app.request(`http://127.0.0.1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'content-length': String(MAX_BODY_BYTES + 1) },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(8192 * 2);
    const json = (await res.json()) as Record<string, unknown>;
    if (path === '/mcp') expect(json).toMatchObject({ jsonrpc: '2.0', error: { data: { code: 'payload_too_large' } } });
    else if (path.startsWith('/v1/')) expect(json).toEqual({ error: { code: 'payload_too_large', message: expect.any(String), type: 'invalid_request_error' } });
    else expect(json).toEqual({ error: { code: 'payload_too_large', message: expect.any(String) } });
  });

  it.each(POST_ROUTES)('%s: a streamed body without Content-Length is cut off at the limit', async (path) => {
    const { body, pulled } = endless();
    const res = await app.request(`http://127.0.0.1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(MAX_BODY_BYTES + 8192 * 2);
  });

  it('lets a body at the limit through to the route', async () => {
    const padding = ' '.repeat(MAX_BODY_BYTES - '{"query":"养老"}'.length - 6);
    const body = `{"query":"养老"}${padding}`;
    expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const res = await app.request('/api/search', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(200);
  });
});
