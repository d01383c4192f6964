/**
 * The Node adapter's request body: a small body is read before the app runs and handed to it from memory.
 * @hono/node-server 1.x otherwise wraps the socket in a web stream, and even for a buffered body
 * (`incoming.rawBody`) builds a Request, an AbortController and a ReadableStream to read it through; that cost
 * more than the search itself (bench: /api/search ÷ /healthz, eval/README.md).
 */
import type { Http2Bindings, HttpBindings } from '@hono/node-server';
import { MAX_BODY_BYTES } from '../validate.ts';

type Incoming = HttpBindings['incoming'] | Http2Bindings['incoming'];

/**
 * Reads a small declared body (Content-Length within MAX_BODY_BYTES) before the app runs. Larger or chunked
 * bodies keep the adapter's streaming path, where the body guard refuses them from the header or counts them.
 * False when the client went away mid-body (the socket is gone; nothing is answered or logged).
 */
export async function bufferSmallBody(req: Request, incoming: Incoming): Promise<boolean> {
  const length = Number(incoming.headers['content-length']);
  if (!(length > 0 && length <= MAX_BODY_BYTES) || incoming.headers['transfer-encoding']) return true;
  const chunks: Buffer[] = [];
  // The app is called as soon as the headers are parsed; a small body that came with them is pushed to the
  // stream in the same parse, so after one microtask it is all buffered and is taken at once, without waiting
  // for 'end' through the stream's async iterator (a few event-loop turns). Otherwise it is read as it comes.
  if (incoming.readableLength < length) await null;
  if (incoming.readableLength >= length) {
    for (let chunk = incoming.read() as Buffer | null; chunk !== null; chunk = incoming.read() as Buffer | null) chunks.push(chunk);
    // Let the stream run to its end (nothing is left to read), as a body read to the end would.
    incoming.resume();
  } else {
    try {
      for await (const chunk of incoming) chunks.push(chunk as Buffer);
    } catch {
      return false;
    }
  }
  // A body that came in one piece is used as it is (the stream handed it over; nothing else holds it).
  const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  // Whatever still asks the adapter for its Request (`body`, `clone()`, `signal`) gets one built from this buffer.
  (incoming as { rawBody?: Buffer }).rawBody = body;
  readFromBuffer(req, body);
  return true;
}

/** Decodes UTF-8 as a Request's text() does (BOM dropped, bad bytes replaced); without `stream` it keeps no state. */
const decoder = new TextDecoder();

/** Where a request keeps its buffered body until it is read (then `null`: a body is read once). */
const BODY = Symbol('buffered body');

interface Buffered {
  [BODY]: Buffer | null;
}

function take(req: Buffered): Buffer {
  const body = req[BODY];
  if (body === null) throw new TypeError('Body is unusable: Body has already been read');
  req[BODY] = null;
  return body;
}

/**
 * The adapter's request prototype with text(), json() and arrayBuffer() answered from the buffered body, made
 * once per prototype. Switching a request to it costs one prototype change (cached by the engine), where
 * defining three methods on every request cost several microseconds.
 */
const bufferedPrototypes = new WeakMap<object, object>();

function bufferedPrototypeOf(proto: object): object {
  let buffered = bufferedPrototypes.get(proto);
  if (!buffered) {
    buffered = Object.create(proto, {
      text: { value: async function (this: Buffered) { return decoder.decode(take(this)); } },
      json: { value: async function (this: Buffered) { return JSON.parse(decoder.decode(take(this))) as unknown; } },
      arrayBuffer: {
        value: async function (this: Buffered) {
          const bytes = take(this);
          return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        },
      },
    }) as object;
    bufferedPrototypes.set(proto, buffered);
  }
  return buffered;
}

/** Answers the request's text(), json() and arrayBuffer() from the buffered body, once, as a Request would. */
function readFromBuffer(req: Request, body: Buffer): void {
  (req as unknown as Buffered)[BODY] = body;
  Object.setPrototypeOf(req, bufferedPrototypeOf(Object.getPrototypeOf(req) as object));
}
