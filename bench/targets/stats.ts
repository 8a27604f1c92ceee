import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Figures only one target has (Debrief's durable writes), gathered over the same window. */
export interface ExtraStats {
  start(): void;
  /** The figures since start, added to the window's stats. */
  stop(): object;
}

/**
 * Answers the orchestrator's questions about this server process over IPC: memory after a
 * forced GC, CPU used since the last reset, and event-loop delay. Both targets (Debrief and the
 * bare relay) use this same file, so their numbers are taken the same way.
 */
export function serveStats(target: 'debrief' | 'baseline', extra?: ExtraStats): void {
  const profileDir = process.env.BENCH_CPU_PROF;
  const profiler = profileDir ? new Session() : null;
  profiler?.connect();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  let cpuMark = process.cpuUsage();
  let wallMark = performance.now();
  /** From a reset to the next stats: the measured window. */
  let windowOpen = false;

  process.on('message', (message: { type: string }) => {
    if (message.type === 'reset') {
      // With BENCH_CPU_PROF=<dir>, the main thread is profiled over the measured window only
      // (from this reset to the next stats), not while everyone connects.
      void profiler?.post('Profiler.enable').then(() => profiler.post('Profiler.start'));
      loopDelay.reset();
      extra?.start();
      windowOpen = true;
      cpuMark = process.cpuUsage();
      wallMark = performance.now();
      process.send!({ type: 'reset' });
    } else if (message.type === 'stats') {
      void profiler?.post('Profiler.stop').then(
        ({ profile }) => writeFileSync(join(profileDir!, `${target}-${process.pid}.cpuprofile`), JSON.stringify(profile)),
        () => undefined, // not started yet: the stats before the window
      );
      (globalThis as { gc?: () => void }).gc?.();
      const cpu = process.cpuUsage(cpuMark);
      const wallMs = performance.now() - wallMark;
      // After the CPU reading: summarising them is not the server's work.
      const extraStats = windowOpen ? extra?.stop() : undefined;
      windowOpen = false;
      process.send!({
        type: 'stats',
        rssBytes: process.memoryUsage().rss,
        heapUsedBytes: process.memoryUsage().heapUsed,
        cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
        cpuMs: (cpu.user + cpu.system) / 1000,
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
        loopDelayMaxMs: loopDelay.max / 1e6,
        ...extraStats,
      });
    }
  });
}
