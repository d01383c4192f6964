/**
 * The server's log. Everything written goes through maskPersonalData first, so an ID number, phone number
 * or bank card a person typed never lands in a log file, even inside an error message or a stack trace.
 */
import { maskPersonalData } from '../tools/ask/pii.ts';

/** Where lines go; console.error by default (stderr, which stdio MCP also keeps free of protocol data). */
export type LogSink = (line: string) => void;

let sink: LogSink = (line) => console.error(line);

/** Redirects the log (tests capture it); returns the previous sink so it can be restored. */
export function setLogSink(next: LogSink): LogSink {
  const previous = sink;
  sink = next;
  return previous;
}

/** Writes one masked error line: a message and any values (errors with their stack, objects as JSON). */
export function logError(message: string, ...values: unknown[]): void {
  sink(maskPersonalData([message, ...values.map(describe)].join(' ')).text);
}

function describe(value: unknown): string {
  if (value instanceof Error) {
    const own = value.stack ?? `${value.name}: ${value.message}`;
    return value.cause === undefined ? own : `${own}\ncaused by: ${describe(value.cause)}`;
  }
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
