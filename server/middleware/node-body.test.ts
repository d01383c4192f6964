/** A body read from memory reads exactly as the adapter's own Request would read it, once, on @hono/node-server. */
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'node:http';
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../validate.ts';
import { bufferSmallBody } from './node-body.ts';

type Read = 'text' | 'json' | 'arrayBuffer';

/** What a handler saw: each read in turn (value or error name), and whether the body came from memory. */
async function readAll(req: Request, reads: Read[], buffered: boolean): Promise<Response> {
  const seen: unknown[] = [];
  for (const how of reads) {
    try {
      const value = await req[how]();
      seen.push(value instanceof ArrayBuffer ? [...new Uint8Array(value)] : value);
    } catch (err) {
      seen.push((err as Error).name);
    }
  }
  return Response.json({ seen, buffered });
}

const servers: ReturnType<typeof serve>[] = [];
/** A server that reads bodies through bufferSmallBody, or (false) the adapter's own way; resolves to its port. */
const start = (withBuffer: boolean) =>
  new Promise<number>((resolve) => {
    const server = serve(
      {
        port: 0,
        hostname: '127.0.0.1',
        fetch: async (req: Request, { incoming }: HttpBindings | Http2Bindings) => {
          const reads = (req.headers.get('x-read') ?? 'text').split(',') as Read[];
          if (withBuffer && !(await bufferSmallBody(req, incoming))) return new Response(null, { status: 400 });
          return readAll(req, reads, 'rawBody' in incoming);
        },
      },
      (info: AddressInfo) => resolve(info.port),
    );
    servers.push(server);
  });

let buffered = 0;
let streamed = 0;
beforeAll(async () => {
  [buffered, streamed] = await Promise.all([start(true), start(false)]);
});
afterAll(() => servers.forEach((s) => s.close()));

/**
 * POSTs raw bytes (with Content-Length unless `chunked`) and returns the handler's report. `late`: the headers
 * go first and the body some milliseconds later, so it is not there yet when the app is called. `agent`: a
 * keep-alive agent, to send several requests on one connection.
 */
function post(port: number, bytes: Buffer, reads: Read[], chunked = false, late = false, agent?: Agent): Promise<{ seen: unknown[]; buffered: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/', agent, headers: { 'x-read': reads.join(','), ...(chunked ? {} : { 'content-length': bytes.length }) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => (text += c));
        res.on('end', () => resolve(JSON.parse(text)));
      },
    );
    req.on('error', reject);
    if (late) {
      req.flushHeaders();
      setTimeout(() => req.end(bytes), 30);
      return;
    }
    if (chunked) req.write(bytes.subarray(0, 1));
    req.end(chunked ? bytes.subarray(1) : bytes);
  });
}

const BODIES: [string, Buffer][] = [
  ['JSON with Chinese', Buffer.from(JSON.stringify({ query: '失业金怎么领', k: 5 }))],
  ['a UTF-8 byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"query":"养老"}')])],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xe5, 0xa4, 0xff, 0x22, 0x7d])],
  ['not JSON', Buffer.from('query=养老')],
];

describe('bufferSmallBody', () => {
  it.each(BODIES)('reads %s as the adapter does: text, json, arrayBuffer', async (_, bytes) => {
    for (const reads of [['text'], ['json'], ['arrayBuffer']] as Read[][]) {
      const mine = await post(buffered, bytes, reads);
      expect(mine.buffered).toBe(true);
      expect(mine.seen).toEqual((await post(streamed, bytes, reads)).seen);
    }
  });

  it('refuses a second read, as a Request does', async () => {
    const bytes = BODIES[0]![1];
    for (const reads of [['text', 'text'], ['json', 'arrayBuffer']] as Read[][]) {
      const mine = await post(buffered, bytes, reads);
      expect(mine.seen[1]).toBe('TypeError');
      expect(mine.seen).toEqual((await post(streamed, bytes, reads)).seen);
    }
  });

  it('reads a body that arrives after the headers, and bodies one after another on a kept-alive connection', async () => {
    const bytes = BODIES[0]![1];
    expect(await post(buffered, bytes, ['text'], false, true)).toEqual({ seen: [bytes.toString()], buffered: true });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (const [, body] of [...BODIES, ...BODIES]) {
        expect(await post(buffered, body, ['arrayBuffer'], false, false, agent)).toEqual({ seen: [[...body]], buffered: true });
      }
    } finally {
      agent.destroy();
    }
  });

  it('leaves a chunked body or one above the limit to the adapter, which still reads it', async () => {
    const chunked = await post(buffered, BODIES[0]![1], ['text'], true);
    expect(chunked).toEqual({ seen: [BODIES[0]![1].toString()], buffered: false });
    const large = Buffer.from(JSON.stringify({ query: 'x'.repeat(MAX_BODY_BYTES) }));
    const big = await post(buffered, large, ['text']);
    expect(big).toEqual({ seen: [large.toString()], buffered: false });
  });
});
