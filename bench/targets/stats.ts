import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Answers the orchestrator's questions about this server process over IPC: memory after a
 * forced GC, CPU used since the last reset, and event-loop delay. Both targets (Debrief and the
 * bare relay) use this same file, so their numbers are taken the same way.
 */
export function serveStats(): void {
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  let cpuMark = process.cpuUsage();
  let wallMark = performance.now();

  process.on('message', (message: { type: string }) => {
    if (message.type === 'reset') {
      loopDelay.reset();
      cpuMark = process.cpuUsage();
      wallMark = performance.now();
      process.send!({ type: 'reset' });
    } else if (message.type === 'stats') {
      (globalThis as { gc?: () => void }).gc?.();
      const cpu = process.cpuUsage(cpuMark);
      const wallMs = performance.now() - wallMark;
      process.send!({
        type: 'stats',
        rssBytes: process.memoryUsage().rss,
        heapUsedBytes: process.memoryUsage().heapUsed,
        cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
        cpuMs: (cpu.user + cpu.system) / 1000,
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
        loopDelayMaxMs: loopDelay.max / 1e6,
      });
    }
  });
}
