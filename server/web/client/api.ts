/** Talking to the API from the page: JSON requests that never throw, Server-Sent Events, and errors in words. */
import { ERROR_CODES } from '../../../retrieval/errors.ts';
import { NETWORK_ERROR_TEXT, UNAVAILABLE_TEXT, chineseHalf } from '../../../tools/wording.ts';

/** The outcome of a JSON request: HTTP errors and network failures (status 0) are values, not exceptions. */
export interface JsonResult<T = unknown> {
  ok: boolean;
  status: number;
  data: T | null;
}

/** The Chinese part of an API error message, or a sentence that fits the status when the body has none. */
export function errorText(data: unknown, status: number): string {
  const message = (data as { error?: { message?: unknown } } | null)?.error?.message;
  if (message) return chineseHalf(String(message));
  if (status === 404) return UNAVAILABLE_TEXT;
  if (status >= 500) return chineseHalf(ERROR_CODES.internal);
  return NETWORK_ERROR_TEXT;
}

/** fetch with a JSON body and a JSON answer. */
export async function fetchJson<T = unknown>(
  url: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<JsonResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const init: RequestInit = { method: options.method ?? 'GET', headers };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    return { ok: false, status: 0, data: null };
  }
  const text = await res.text().catch(() => '');
  let data: T | null = null;
  try {
    data = text ? (JSON.parse(text) as T) : null;
  } catch {
    data = null;
  }
  return { ok: res.ok, status: res.status, data };
}

/** Reads a text/event-stream response, calling onEvent(name, data) for each event as it arrives. */
export async function readSse(response: Response, onEvent: (name: string, data: string) => void): Promise<void> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const dispatch = (block: string) => {
    let name = 'message';
    const data: string[] = [];
    for (let line of block.split('\n')) {
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line.startsWith('event:')) name = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length) onEvent(name, data.join('\n'));
  };
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, '\n');
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) !== -1) {
      dispatch(buffer.slice(0, cut));
      buffer = buffer.slice(cut + 2);
    }
  }
  buffer += decoder.decode();
  if (buffer.trim()) dispatch(buffer);
}
