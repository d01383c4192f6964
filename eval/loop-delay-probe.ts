/**
 * Preloaded into the server under the soak (`--import ./eval/loop-delay-probe.ts`): answers the parent's
 * "loop-delay" message with the event loop's delay since the previous message (p50, p99, max in ms), so the
 * soak can tell a stall inside the server from time lost elsewhere (the network, a busy machine).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
process.on('message', (message) => {
  if (message !== 'loop-delay') return;
  const ms = (ns: number) => Number((ns / 1e6).toFixed(1));
  process.send?.({ type: 'loop-delay', p50Ms: ms(histogram.percentile(50)), p99Ms: ms(histogram.percentile(99)), maxMs: ms(histogram.max) });
  histogram.reset();
});
