import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apply, applyAll } from '../shared/domain/apply.ts';
import type { RetroEvent } from '../shared/domain/events.ts';
import { emptyState, type RetroState } from '../shared/domain/state.ts';
import { check } from '../shared/blame/check.ts';
import { postMortemFrom, toMarkdown } from '../shared/export/index.ts';
import { SqliteStore } from '../server/store/sqlite.ts';
import { summarise } from './stats.ts';

/** Micro-benchmarks of the pure core and the store, each timed over repeated runs. */
export interface MicroResult {
  name: string;
  target: string;
  p50Ms: number;
  maxMs: number;
  runs: number;
}

function time(runs: number, fn: () => void): { p50: number; max: number } {
  fn(); // warm-up: JIT and caches, as in a long-running server
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  const summary = summarise(samples);
  return { p50: summary.p50, max: summary.max };
}

function thousandSentences(): string[] {
  const corpus = ['blame-dev', 'blame-dev-2']
    .flatMap((name) => readFileSync(new URL(`../tests/fixtures/${name}.jsonl`, import.meta.url), 'utf8').split('\n'))
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  return Array.from({ length: 1000 }, (_, i) => corpus[i % corpus.length]);
}

function retroWithCards(cards: number): RetroState {
  let state = emptyState('bench', 'Payments API outage', '2026-11-20T15:00:00.000Z');
  state = apply(state, { type: 'retro.updated', changes: { summary: 'Card payments failed.' }, settings: { privateWriting: false } });
  for (let i = 0; i < cards; i++) {
    const at = new Date(Date.UTC(2026, 10, 20, 14, 0, i)).toISOString();
    state = apply(state, {
      type: 'timeline.added',
      card: { id: `card${i}`, text: `Step ${i}: the deploy | rollout reached ${i}% of hosts`, at, marker: null, evidenceUrl: null, authorId: `p${i % 20}`, hidden: false, seq: state.version + 1 },
    });
  }
  return state;
}

async function loadWithEvents(events: number) {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-micro-'));
  const store = new SqliteStore(dir);
  const initial = emptyState('load', 'Load test', '2026-11-20T15:00:00.000Z');
  await store.createRetro({ id: 'load', keyHash: 'x', createdAt: initial.createdAt }, initial);
  let state = initial;
  for (let i = 0; i < events; i += 250) {
    const batch: RetroEvent[] = [];
    for (let k = 0; k < 250; k++) {
      batch.push({
        type: 'timeline.added',
        card: { id: `c${i + k}`, text: `event ${i + k}`, at: null, marker: null, evidenceUrl: null, authorId: 'p', hidden: false, seq: i + k + 1 },
      });
    }
    const next = applyAll(state, batch);
    // The room snapshots every 250 events; do the same so the load is measured as it really runs.
    await store.append({ retroId: 'load', fromVersion: state.version, events: batch, snapshot: next });
    state = next;
  }
  return {
    async load() {
      const loaded = await store.load('load');
      const result = applyAll(loaded!.snapshot, loaded!.events);
      if (result.version !== events) throw new Error('load lost events');
    },
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One command's durable write as the room makes it (events and ack in one write), from the
 * store's append to its promise resolving: the hand-off to the writer thread, the fsynced
 * commit and the way back. Set against the fsync floor, the difference is the hand-off.
 */
async function appendRoundTrip(runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-append-'));
  const store = new SqliteStore(dir);
  const initial = emptyState('append', 'Append test', '2026-11-20T15:00:00.000Z');
  await store.createRetro({ id: 'append', keyHash: 'x', createdAt: initial.createdAt }, initial);
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    await store.append({
      retroId: 'append',
      fromVersion: i,
      events: [
        {
          type: 'timeline.added',
          card: { id: `c${i}`, text: 'Checkout error rate rose to 12% after the deploy', at: null, marker: null, evidenceUrl: null, authorId: 'p', hidden: false, seq: i + 1 },
        },
      ],
      ack: { participantId: 'p', commandId: `k${i}`, ack: { ok: true, version: i + 1 } },
    });
    if (i > 0) samples.push(performance.now() - start); // the first one warms up
  }
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return summarise(samples);
}

export async function runMicro(): Promise<MicroResult[]> {
  const sentences = thousandSentences();
  const checker = time(10, () => {
    for (const sentence of sentences) check(sentence, { context: 'card' });
  });
  const state = retroWithCards(2000);
  const exporter = time(20, () => toMarkdown(postMortemFrom(state, 3)));
  const retro = await loadWithEvents(10_000);
  const samples: number[] = [];
  await retro.load();
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    await retro.load();
    samples.push(performance.now() - start);
  }
  await retro.dispose();
  const loadSummary = summarise(samples);
  const append = await appendRoundTrip(500);
  return [
    { name: 'durable append of one command (writer thread + fsync), idle loop', target: 'near the fsync floor', p50Ms: append.p50, maxMs: append.max, runs: append.n },
    { name: 'blame check, 1,000 sentences', target: '< 1,000 ms', p50Ms: checker.p50, maxMs: checker.max, runs: 10 },
    { name: 'Markdown export, 2,000 cards', target: '< 100 ms', p50Ms: exporter.p50, maxMs: exporter.max, runs: 20 },
    { name: 'load a retro of 10,000 events', target: 'flat in history', p50Ms: loadSummary.p50, maxMs: loadSummary.max, runs: 20 },
  ];
}
