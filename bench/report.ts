import type { BenchReport, ScenarioResult } from './run.ts';
import type { DurableWriteSummary } from './durableWrites.ts';
import type { TargetMeasurement } from './scenario.ts';
import { median } from './stats.ts';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');
/** A growth at or below zero is the allocator's noise (freed pages reused), not a measurement. */
const kb = (bytes: number) => (bytes > 0 ? `${(bytes / 1024).toFixed(1)} KB` : 'noise');
const times = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');

/** Median over the passes of one figure of one target. */
function med(result: ScenarioResult, target: 'debrief' | 'baseline', pick: (m: TargetMeasurement) => number) {
  return median(result.passes.map((pass) => pick(pass[target])));
}

/** Debrief ÷ baseline per pass; the median with the lowest and highest pass. */
function ratio(result: ScenarioResult, pick: (m: TargetMeasurement) => number) {
  const ratios = result.passes
    .map((pass) => pick(pass.debrief) / pick(pass.baseline))
    .filter((r) => Number.isFinite(r) && r > 0);
  if (ratios.length === 0) return { median: NaN, min: NaN, max: NaN, text: '–' };
  const m = median(ratios);
  const [min, max] = [Math.min(...ratios), Math.max(...ratios)];
  return { median: m, min, max, text: `${times(m)} (${min.toFixed(2)}–${max.toFixed(2)})` };
}

const sum = (result: ScenarioResult, target: 'debrief' | 'baseline', pick: (m: TargetMeasurement) => number) =>
  result.passes.reduce((total, pass) => total + pick(pass[target]), 0);

function targetRow(label: string, result: ScenarioResult, target: 'debrief' | 'baseline') {
  const m = (pick: (t: TargetMeasurement) => number) => med(result, target, pick);
  return `| ${label} | ${ms(m((t) => t.fanout.p50))} / ${ms(m((t) => t.fanout.p95))} / ${ms(m((t) => t.fanout.p99))} | ${ms(m((t) => t.ack.p50))} / ${ms(m((t) => t.ack.p99))} | ${m((t) => t.cpuMicrosPerChange).toFixed(0)} µs | ${kb(m((t) => t.bytesPerParticipant))} / ${kb(m((t) => t.heapBytesPerParticipant))} | ${sum(result, target, (t) => t.changes)} | ${sum(result, target, (t) => t.errors)} / ${sum(result, target, (t) => t.disconnects)} / ${sum(result, target, (t) => t.undelivered)} |`;
}

/**
 * Debrief's durable writes as the server saw them during the passes, beside the floor measured
 * alone (bench/durableWrites.ts says what each part is).
 */
function durableWriteLines(results: ScenarioResult[]): string[] {
  const measured = results.filter((result) => result.passes.every((pass) => pass.debrief.durableWrites));
  if (measured.length === 0) return [];
  const lines = [
    '',
    "Debrief's durable writes in the measured window, per batch that committed (the writes of one loop turn), each figure the median over the passes, in ms: the wait behind the commit before it (the writer commits one at a time), the hand-off to the writer thread, the commit with its fsync, and the answer's way back until the event loop reads it.",
    '',
    '| participants | batches per pass | behind the previous commit p50 / p99 | hand-off p50 / p99 | commit + fsync p50 / p99 | answer back p50 / p99 | whole write p50 / p99 |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const result of measured) {
    const median = (pick: (writes: DurableWriteSummary) => number) => med(result, 'debrief', (t) => pick(t.durableWrites!));
    const pair = (part: 'behindPrevious' | 'handOff' | 'commit' | 'answer' | 'whole') => `${ms(median((w) => w[part].p50))} / ${ms(median((w) => w[part].p99))}`;
    lines.push(
      `| ${(result.scenario.rooms * result.scenario.participants).toLocaleString('en')} | ${median((w) => w.batches).toFixed(0)} | ${pair('behindPrevious')} | ${pair('handOff')} | ${pair('commit')} | ${pair('answer')} | ${pair('whole')} |`,
    );
  }
  return lines;
}

/** The benchmark as Markdown: the ratios that matter first, then each scenario's detail. */
export function renderMarkdown(report: BenchReport): string {
  const { machine, floor } = report;
  const lines = [
    `# Debrief benchmark${report.quick ? ' (quick)' : ''}`,
    '',
    `${machine.date.slice(0, 16).replace('T', ' ')} UTC · ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGB} GB · Node ${machine.node} · ${report.rate} changes/s per room · ${report.passes} alternating passes of ${report.seconds} s per target · load generator and servers on the same machine`,
    '',
    'Fan-out: from the sender\'s emit until every other member of the room has the change. Percentiles by nearest rank (the sample at rank ⌈p·n⌉), computed by the same code for both targets; each figure is the median over the passes, each ratio the median of the per-pass ratios (lowest–highest pass in brackets). Durable writes on (SQLite WAL, synchronous=FULL, committed before the change is sent).',
    '',
    '| participants | fan-out p50 | fan-out p95 | fan-out p99 | ack p99 | server CPU per change | memory per participant (RSS / heap) |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const result of report.results) {
    const { scenario } = result;
    lines.push(
      `| ${(scenario.rooms * scenario.participants).toLocaleString('en')} (${scenario.name}) | ${ratio(result, (t) => t.fanout.p50).text} | ${ratio(result, (t) => t.fanout.p95).text} | **${ratio(result, (t) => t.fanout.p99).text}** | ${ratio(result, (t) => t.ack.p99).text} | ${ratio(result, (t) => t.cpuMicrosPerChange).text} | ${ratio(result, (t) => t.bytesPerParticipant).text} / ${ratio(result, (t) => t.heapBytesPerParticipant).text} |`,
    );
  }
  // A run that lost commands or connections measured an overloaded machine, not the server.
  for (const result of report.results) {
    const troubles = (['debrief', 'baseline'] as const)
      .map((target) => ({ target, errors: sum(result, target, (t) => t.errors), lost: sum(result, target, (t) => t.disconnects + t.undelivered) }))
      .filter(({ errors, lost }) => errors + lost > 0);
    if (troubles.length === 0) continue;
    const what = troubles.map(({ target, errors, lost }) => `${target === 'debrief' ? 'Debrief' : 'bare Socket.IO'} ${errors} errors, ${lost} disconnects or undelivered changes`);
    lines.push('', `**Not a clean run at ${(result.scenario.rooms * result.scenario.participants).toLocaleString('en')} participants** (${what.join('; ')}): the machine was saturated, so its latency ratios do not measure Debrief.`);
  }
  lines.push(
    '',
    `Durability floor on this machine (one transaction, WAL, synchronous=FULL, ${floor.single.n} runs): one insert p50 / p95 / p99 **${ms(floor.single.p50)} / ${ms(floor.single.p95)} / ${ms(floor.single.p99)} ms**; a group of ${floor.groupSize} inserts in one commit ${ms(floor.group.p50)} / ${ms(floor.group.p95)} / ${ms(floor.group.p99)} ms.`,
    '',
    '| participants | Debrief fan-out p50 / p99 | minus the floor (one commit) | bare Socket.IO p50 / p99 | Debrief above floor ÷ baseline, p50 / p99 |',
    '|---|---|---|---|---|',
  );
  for (const result of report.results) {
    const d50 = med(result, 'debrief', (t) => t.fanout.p50);
    const d99 = med(result, 'debrief', (t) => t.fanout.p99);
    const b50 = med(result, 'baseline', (t) => t.fanout.p50);
    const b99 = med(result, 'baseline', (t) => t.fanout.p99);
    const a50 = d50 - floor.single.p50;
    const a99 = d99 - floor.single.p99;
    lines.push(
      `| ${(result.scenario.rooms * result.scenario.participants).toLocaleString('en')} | ${ms(d50)} / ${ms(d99)} ms | ${ms(a50)} / ${ms(a99)} ms | ${ms(b50)} / ${ms(b99)} ms | ${times(a50 / b50)} / ${times(a99 / b99)} |`,
    );
  }
  lines.push(...durableWriteLines(report.results), '');
  for (const result of report.results) {
    const { scenario } = result;
    lines.push(
      `## ${scenario.name}: ${scenario.rooms * scenario.participants} participants`,
      '',
      `Passes: ${result.passes.map((pass) => pass.order).join('; ')}.`,
      '',
      '| target | fan-out p50 / p95 / p99 ms | ack p50 / p99 ms | server CPU per change | memory per participant (RSS / heap) | changes | errors / disconnects / undelivered |',
      '|---|---|---|---|---|---|---|',
      targetRow('Debrief', result, 'debrief'),
      targetRow('bare Socket.IO', result, 'baseline'),
      '',
    );
    const codes: Record<string, number> = {};
    for (const pass of result.passes) for (const [code, n] of Object.entries(pass.debrief.errorCodes)) codes[code] = (codes[code] ?? 0) + n;
    if (Object.keys(codes).length) lines.push(`Debrief error codes: ${Object.entries(codes).map(([c, n]) => `${c} ${n}`).join(', ')}`, '');
  }
  lines.push('## Micro-benchmarks', '', '| what | p50 ms | max ms | runs | target |', '|---|---|---|---|---|');
  for (const m of report.micro) lines.push(`| ${m.name} | ${ms(m.p50Ms)} | ${ms(m.maxMs)} | ${m.runs} | ${m.target} |`);
  lines.push('');
  return lines.join('\n');
}
