/** Server-Sent Events helpers: answer chunks and the response header. */

/** Chunks of roughly `size` characters at natural breaks, never inside a [n] marker; concatenated they give back the text. */
export function chunkAnswer(text: string, size = 24): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const piece of text.split(/(?<=[，。；：！？\n\]])/)) {
    current += piece;
    if (current.length >= size) {
      chunks.push(current);
      current = '';
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Declares UTF-8 on an SSE response: Hono sends bare text/event-stream, and some tools then read Latin-1. */
export function utf8EventStream(res: Response): Response {
  res.headers.set('content-type', 'text/event-stream; charset=utf-8');
  return res;
}
