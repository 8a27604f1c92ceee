import { describe, expect, it } from 'vitest';
import { applyAll } from '../../shared/domain/apply.ts';
import { decide, type DecidableCommand } from '../../shared/domain/decide.ts';
import { optimisticView, pendingId, pendingIds } from '../../shared/domain/optimistic.ts';
import type { Actor, RetroState } from '../../shared/domain/state.ts';
import { viewFor } from '../../shared/domain/view.ts';
import { CommandSchema, type CommandInput } from '../../shared/protocol/commands.ts';
import { alice, bob, DomainRetro, facilitator } from '../support/domain.ts';

/**
 * My pending commands laid over my view must give exactly the view the server will send once
 * it has run them: decide + apply on the real state, then viewFor. Checked for every command
 * the overlay handles, allowed and refused, in every phase that matters.
 */

const presence = { online: 3, ready: 1, asked: 2, askedReady: 1 };
const NOW = new Date('2026-11-20T15:30:00.000Z');

function serverViewAfter(state: RetroState, viewer: Actor, inputs: CommandInput[]) {
  let next = state;
  for (const input of inputs) {
    const command = CommandSchema.parse(input) as DecidableCommand;
    const decision = decide(next, command, viewer, { now: NOW, newId: pendingIds(command.id) });
    if (decision.ok) next = applyAll(next, decision.events);
  }
  return viewFor(next, { ...viewer, ready: false }, presence);
}

function expectSameAsServer(state: RetroState, viewer: Actor, inputs: CommandInput[]) {
  const mine = viewFor(state, { ...viewer, ready: false }, presence);
  const { view } = optimisticView(mine, state.version, inputs, NOW);
  expect(view).toEqual(serverViewAfter(state, viewer, inputs));
}

/** A retro with cards and factors by several people, some still private. */
function retroIn(phase: 'timeline' | 'factors' | 'voting', options: { revealed?: boolean; reopenedVoting?: boolean } = {}) {
  const r = new DomainRetro();
  r.ok(facilitator, { type: 'retro.update', settings: { privateWriting: true, voteBudget: 4, maxVotesPerFactor: 2 } });
  r.ok(facilitator, { type: 'phase.set', phase: 'timeline' });
  const mineCard = r.ok(alice, { type: 'timeline.add', text: 'Deploy 42 started', at: '2026-11-20T14:00:00.000Z' });
  const theirCard = r.ok(bob, { type: 'timeline.add', text: 'Errors rise', at: '2026-11-20T14:02:00.000Z', marker: 'impact-start' });
  if (options.revealed) r.ok(facilitator, { type: 'cards.reveal' });
  r.ok(bob, { type: 'timeline.add', text: 'Pager goes off' });
  if (phase === 'timeline') return { r, mineCard, theirCard };
  r.ok(facilitator, { type: 'phase.set', phase: 'factors' });
  const links = options.revealed ? [theirCard] : [];
  const mineFactor = r.ok(alice, { type: 'factor.add', text: 'No canary', category: 'process', timelineCardIds: links });
  const theirFactor = r.ok(bob, { type: 'factor.add', text: 'Slow alert', category: 'tooling' });
  if (options.revealed) r.ok(facilitator, { type: 'cards.reveal' });
  if (phase === 'factors') return { r, mineCard, theirCard, mineFactor, theirFactor };
  r.ok(facilitator, { type: 'phase.set', phase: 'voting' });
  r.ok(bob, { type: 'vote.cast', factorId: mineFactor });
  r.ok(alice, { type: 'vote.cast', factorId: theirFactor });
  if (options.reopenedVoting) {
    r.ok(facilitator, { type: 'phase.set', phase: 'actions' });
    r.ok(facilitator, { type: 'phase.set', phase: 'voting' });
  }
  return { r, mineCard, theirCard, mineFactor, theirFactor };
}

describe('pending commands laid over my view', () => {
  it('give the server’s next view for timeline commands, private or revealed', () => {
    for (const revealed of [false, true]) {
      for (const viewer of [alice, facilitator]) {
        const { r, mineCard, theirCard } = retroIn('timeline', { revealed });
        const commands: CommandInput[][] = [
          [{ id: 'a1', type: 'timeline.add', text: 'Rollback', at: '2026-11-20T14:41:00.000Z', marker: 'mitigated' }],
          [{ id: 'a2', type: 'timeline.add', text: 'Untimed note', evidenceUrl: 'https://example.com/x' }],
          [{ id: 'e1', type: 'timeline.edit', cardId: mineCard, text: 'Deploy 42 rolled out', marker: 'detected' }],
          [{ id: 'e2', type: 'timeline.edit', cardId: theirCard, at: null }],
          [{ id: 'd1', type: 'timeline.remove', cardId: mineCard }],
          [
            { id: 'a3', type: 'timeline.add', text: 'First' },
            { id: 'a4', type: 'timeline.add', text: 'Second', at: '2026-11-20T13:00:00.000Z' },
            { id: 'e3', type: 'timeline.edit', cardId: pendingId('a3'), text: 'Not yet known to the server' },
          ],
          [
            {
              id: 'i1',
              type: 'timeline.import',
              cards: [
                { text: 'Alert fired', at: '2026-11-20T14:05:00.000Z', marker: 'detected' },
                { text: 'Same minute, later line', at: '2026-11-20T14:05:00.000Z' },
                { text: 'No time on this line' },
              ],
            },
          ],
        ];
        for (const inputs of commands) expectSameAsServer(r.state, viewer, inputs);
      }
    }
  });

  it('give the server’s next view for factor commands, links and merges included', () => {
    for (const viewer of [alice, facilitator]) {
      const { r, mineCard, theirCard, mineFactor, theirFactor } = retroIn('factors', { revealed: true });
      const commands: CommandInput[][] = [
        [{ id: 'f1', type: 'factor.add', text: 'Retries without backoff', category: 'monitoring', prompt: 'surprised', timelineCardIds: [theirCard, theirCard] }],
        [{ id: 'f2', type: 'factor.edit', factorId: mineFactor!, timelineCardIds: [mineCard, theirCard], category: 'communication' }],
        [{ id: 'f3', type: 'factor.edit', factorId: theirFactor!, text: 'Alert fired late' }],
        [{ id: 'f4', type: 'factor.remove', factorId: mineFactor! }],
        [{ id: 'f5', type: 'factor.merge', sourceId: theirFactor!, targetId: mineFactor! }],
        [{ id: 'f6', type: 'timeline.remove', cardId: theirCard }],
        [{ id: 'f7', type: 'factor.add', text: 'Links a card that does not exist', category: 'process', timelineCardIds: ['nope'] }],
      ];
      for (const inputs of commands) expectSameAsServer(r.state, viewer, inputs);
    }
  });

  it('give the server’s next view for votes: budget, cap, retracts and revealed totals', () => {
    for (const reopenedVoting of [false, true]) {
      const { r, mineFactor, theirFactor } = retroIn('voting', { revealed: true, reopenedVoting });
      const commands: CommandInput[][] = [
        [{ id: 'v1', type: 'vote.cast', factorId: mineFactor! }],
        [{ id: 'v2', type: 'vote.retract', factorId: theirFactor! }],
        [{ id: 'v3', type: 'vote.retract', factorId: mineFactor! }],
        // Over the per-factor cap of 2: the third is refused, as the server would.
        ['v4', 'v5', 'v6'].map((id) => ({ id, type: 'vote.cast', factorId: theirFactor! }) as CommandInput),
        // Over the budget of 4.
        ['v7', 'v8', 'v9', 'v10'].map((id, i) => ({ id, type: 'vote.cast', factorId: i % 2 ? mineFactor! : theirFactor! }) as CommandInput),
      ];
      for (const inputs of commands) expectSameAsServer(r.state, alice, inputs);
    }
  });

  it('marks what is being added and what is being saved, and leaves the view alone when nothing applies', () => {
    const { r, mineCard } = retroIn('timeline');
    const mine = viewFor(r.state, { ...alice, ready: false }, presence);
    const { marks } = optimisticView(mine, r.state.version, [
      { id: 'a1', type: 'timeline.add', text: 'New' },
      { id: 'e1', type: 'timeline.edit', cardId: mineCard, text: 'Changed' },
    ]);
    expect([...marks]).toEqual([
      [pendingId('a1'), 'adding'],
      [mineCard, 'saving'],
    ]);
    expect(optimisticView(mine, r.state.version, [{ id: 'x', type: 'participant.ready', ready: true }]).view).toBe(mine);
    // In review everything is frozen: nothing is laid over.
    r.ok(facilitator, { type: 'phase.set', phase: 'review' });
    const frozen = viewFor(r.state, { ...alice, ready: false }, presence);
    expect(optimisticView(frozen, r.state.version, [{ id: 'a2', type: 'timeline.add', text: 'Late' }]).view).toEqual(frozen);
  });
});
