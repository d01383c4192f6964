/**
 * The Node adapter's last guard: requests Node's HTTP parser rejects (an unknown method such as `FOO`, a
 * malformed or oversized header) never reach the app, and Node's default answer is an empty 400. This
 * answers them with the contract's JSON error instead, so every 4xx a client sees is JSON.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody } from '../errors.ts';

/** The raw HTTP/1.1 response for a request the parser refused. */
export function clientErrorResponse(code: string | undefined): string {
  const status =
    code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
  const body = JSON.stringify(errorBody('invalid_request'));
  return `HTTP/1.1 ${status}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
}

/** Makes a Node HTTP server answer parser errors with JSON (a reset connection is simply closed). */
export function answerClientErrorsWithJson(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(err.code));
  });
}
