/**
 * The server's log. Everything written goes through maskPersonalData first, so an ID number, phone number
 * or bank card a person typed never lands in a log file, even inside an error message or a stack trace.
 */
import { maskPersonalData } from '../tools/ask/pii.ts';

/** Where lines go; by default one JSON line on stderr (which stdio MCP also keeps free of protocol data). */
export type LogSink = (line: string) => void;

let sink: LogSink = (line) => console.error(jsonLogLine('error', { msg: line }));

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

/** Severity of a JSON log line. */
export type LogLevel = 'info' | 'warn' | 'error';

/**
 * One log line as JSON (`time`, `level`, then the fields), so journald, a log shipper or Workers Logs can index
 * fields instead of parsing prose. String values are masked like every other log line.
 */
export function jsonLogLine(level: LogLevel, fields: Record<string, unknown>): string {
  const masked = Object.fromEntries(
    Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, typeof value === 'string' ? maskPersonalData(value).text : value]),
  );
  return JSON.stringify({ time: new Date().toISOString(), level, ...masked });
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
