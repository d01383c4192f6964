/**
 * Graceful shutdown of the Node server: on SIGTERM every request already received is answered, then the process
 * exits, within SHUTDOWN_TIMEOUT_MS whatever happens.
 *
 * `http.Server.close()` is not enough, for two reasons measured on Node 20 (30 complete POSTs, SIGTERM 2 ms later:
 * 27–28 connections reset): connections the kernel had accepted but Node had not yet taken from the listen queue
 * are reset when the listener closes, and `close()` also calls `closeIdleConnections()`, which counts a
 * connection whose request is still unread in its socket buffer as idle and destroys it. So:
 *   1. the listener stays open until no connection has arrived for ACCEPT_QUIET_MS (at most ACCEPT_WINDOW_MS),
 *      so the listen queue is drained; every response from then on says `Connection: close`;
 *   2. the listener is closed with net.Server's own close(), which leaves open connections alone;
 *   3. a connection is closed only when it holds no request: idle for ACCEPT_QUIET_MS after a response
 *      (keep-alive) with nothing read since, or never sent a byte within ACCEPT_WINDOW_MS of the listener closing;
 *   4. at the timeout whatever is still open is closed (a client that never finishes its request).
 */
import type { Server } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/** A connection arriving this soon after the last one may still be from the listen queue: keep accepting. */
const ACCEPT_QUIET_MS = 50;
/** The longest the listener stays open after SIGTERM (clients that reconnect in a loop would keep it open). */
const ACCEPT_WINDOW_MS = 1_000;
/** How often open connections are checked while draining. */
const SWEEP_MS = 25;

interface Connection {
  /** Requests in progress on it. */
  active: number;
  /** Requests it has carried. */
  requests: number;
  /** When its last response finished, and how many bytes it had read then. */
  idleSince: number;
  bytesAtIdle: number;
}

/** What the adapter is told and asks. */
export interface ShutdownOptions {
  /** The longest the process waits for requests in flight. */
  timeoutMs: number;
  /** A structured log line. */
  log: (level: 'info' | 'warn', fields: Record<string, unknown>) => void;
  /** Called once every connection is closed (or the timeout has closed them). */
  onStopped: () => void;
}

/** Tracks the server's connections and drains them on shutdown(). */
export function gracefulShutdown(server: Server, options: ShutdownOptions): { stopping(): boolean; shutdown(signal: string): void } {
  const connections = new Map<Socket, Connection>();
  let stopping = false;
  let lastConnection = 0;
  let listenerClosedAt = 0;
  let stopped = false;
  const closeListenerNow = () => {
    if (listenerClosedAt > 0) return;
    listenerClosedAt = performance.now();
    NetServer.prototype.close.call(server, () => {
      if (!stopped) (stopped = true), options.onStopped();
    });
  };

  server.on('connection', (socket: Socket) => {
    lastConnection = performance.now();
    connections.set(socket, { active: 0, requests: 0, idleSince: lastConnection, bytesAtIdle: 0 });
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (req, res) => {
    const state = connections.get(req.socket);
    if (!state) return;
    state.active++;
    state.requests++;
    res.once('close', () => {
      state.active--;
      state.idleSince = performance.now();
      state.bytesAtIdle = req.socket.bytesRead;
    });
  });

  /** Ends connections that hold no request: idle keep-alive ones, and ones that never sent anything. */
  const sweep = () => {
    const now = performance.now();
    for (const [socket, state] of connections) {
      if (state.active > 0 || socket.bytesRead > state.bytesAtIdle) continue;
      const idle = state.requests > 0 ? now - state.idleSince >= ACCEPT_QUIET_MS : listenerClosedAt > 0 && now - listenerClosedAt >= ACCEPT_WINDOW_MS;
      // Destroyed, not ended: an ended socket still reads, and a request it then read could not be answered.
      // Only once its last response is flushed.
      if (idle && socket.writableLength === 0) socket.destroy();
    }
  };

  const closeListener = (started: number) => {
    // A timer, then an immediate: the immediate runs after the poll phase, where queued connections are accepted.
    setTimeout(
      () =>
        setImmediate(() => {
          const now = performance.now();
          if (listenerClosedAt > 0) return;
          if (now - lastConnection < ACCEPT_QUIET_MS && now - started < ACCEPT_WINDOW_MS) return closeListener(started);
          closeListenerNow();
        }),
      ACCEPT_QUIET_MS,
    );
  };

  return {
    stopping: () => stopping,
    shutdown(signal: string) {
      if (stopping) return;
      stopping = true;
      const started = performance.now();
      options.log('info', { msg: 'shutting down', signal, timeoutMs: options.timeoutMs });
      const sweeper = setInterval(sweep, SWEEP_MS);
      const force = setTimeout(() => {
        options.log('warn', { msg: 'shutdown timeout: closing the connections still open', ms: Math.round(performance.now() - started) });
        clearInterval(sweeper);
        server.closeAllConnections();
        for (const socket of connections.keys()) socket.destroy();
        // The listener may still be open if the window never went quiet; closing it ends the wait.
        closeListenerNow();
      }, options.timeoutMs);
      force.unref();
      sweeper.unref();
      closeListener(started);
    },
  };
}
