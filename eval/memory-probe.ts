/**
 * Preloaded into the server under benchmark (`node --expose-gc --import tsx --import ./eval/memory-probe.ts
 * server/node.ts`): answers the parent's "memory" message with process.memoryUsage() taken after a full
 * garbage collection, so before/after figures compare live memory rather than garbage not yet collected.
 */
process.on('message', (message) => {
  if (message !== 'memory') return;
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ type: 'memory', usage: process.memoryUsage() });
});
