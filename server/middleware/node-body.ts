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
  const body = Buffer.concat(chunks);
  // Whatever still asks the adapter for its Request (`body`, `clone()`, `signal`) gets one built from this buffer.
  (incoming as { rawBody?: Buffer }).rawBody = body;
  readFromBuffer(req, body);
  return true;
}

/** Decodes UTF-8 as a Request's text() does (BOM dropped, bad bytes replaced); without `stream` it keeps no state. */
const decoder = new TextDecoder();

/** Answers the request's text(), json() and arrayBuffer() from the buffered body, once, as a Request would. */
function readFromBuffer(req: Request, body: Buffer): void {
  let used = false;
  const take = (): Buffer => {
    if (used) throw new TypeError('Body is unusable: Body has already been read');
    used = true;
    return body;
  };
  Object.defineProperties(req, {
    text: { value: async () => decoder.decode(take()) },
    json: { value: async () => JSON.parse(decoder.decode(take())) as unknown },
    arrayBuffer: {
      value: async () => {
        const bytes = take();
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      },
    },
  });
}
