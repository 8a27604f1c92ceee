import type { BenchReport } from './run.ts';
import type { TargetMeasurement } from './scenario.ts';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');
const ratio = (a: number, b: number) => (a > 0 && b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '–');
/** A growth at or below zero is the allocator's noise (freed pages reused), not a measurement. */
const kb = (bytes: number) => (bytes > 0 ? `${(bytes / 1024).toFixed(1)} KB` : 'noise');

function row(label: string, m: TargetMeasurement) {
  return `| ${label} | ${ms(m.ack.p50)} / ${ms(m.ack.p99)} | ${ms(m.fanout.p50)} / ${ms(m.fanout.p90)} / ${ms(m.fanout.p99)} / ${ms(m.fanout.max)} | ${m.changes} | ${m.errors} | ${m.disconnects} | ${m.undelivered} | ${m.cpuPercent.toFixed(0)}% | ${m.rssMB.toFixed(0)} MB | ${ms(m.loopDelayP99Ms)} | ${kb(m.bytesPerParticipant)} / ${kb(m.heapBytesPerParticipant)} |`;
}

/** The benchmark as a Markdown report: one table per scenario, then the ratios that matter. */
export function renderMarkdown(report: BenchReport): string {
  const { machine } = report;
  const lines = [
    `# Debrief benchmark${report.quick ? ' (quick)' : ''}`,
    '',
    `${machine.date.slice(0, 10)} · ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGB} GB · Node ${machine.node} · ${report.rate} changes/s per room · ${report.seconds} s per run · load generator and server on the same machine`,
    '',
  ];
  for (const { scenario, debrief, baseline, order } of report.results) {
    lines.push(
      `## ${scenario.name}: ${scenario.rooms * scenario.participants} participants (${order})`,
      '',
      '| target | ack p50 / p99 ms | fan-out p50 / p90 / p99 / max ms | changes | errors | disconnects | undelivered | server CPU | RSS | loop delay p99 ms | memory per participant (RSS / heap) |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      row('Debrief', debrief),
      row('bare Socket.IO', baseline),
      `| **Debrief / baseline** | ${ratio(debrief.ack.p50, baseline.ack.p50)} / ${ratio(debrief.ack.p99, baseline.ack.p99)} | ${ratio(debrief.fanout.p50, baseline.fanout.p50)} / – / **${ratio(debrief.fanout.p99, baseline.fanout.p99)}** / – | | | | | | | | **${ratio(debrief.bytesPerParticipant, baseline.bytesPerParticipant)}** / **${ratio(debrief.heapBytesPerParticipant, baseline.heapBytesPerParticipant)}** |`,
      '',
    );
    const codes = Object.entries(debrief.errorCodes);
    if (codes.length) lines.push(`Debrief error codes: ${codes.map(([c, n]) => `${c} ${n}`).join(', ')}`, '');
  }
  lines.push('## Micro-benchmarks', '', '| what | p50 ms | max ms | runs | target |', '|---|---|---|---|---|');
  for (const m of report.micro) lines.push(`| ${m.name} | ${ms(m.p50Ms)} | ${ms(m.maxMs)} | ${m.runs} | ${m.target} |`);
  lines.push('');
  return lines.join('\n');
}
