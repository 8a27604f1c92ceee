import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesFor, involvedIn, touchedBy, UNINVOLVED } from '../../shared/domain/changes.ts';
import type { Actor } from '../../shared/domain/state.ts';
import { viewFor } from '../../shared/domain/view.ts';
import { applyChanges } from '../../shared/protocol/applyChanges.ts';
import type { CommandBody } from '../support/client.ts';
import type { RetroView } from '../../shared/protocol/view.ts';
import { alice, bob, DomainRetro, facilitator } from '../support/domain.ts';

const carol: Actor = { participantId: 'p-carol', role: 'participant' };
/** Never acts: always uninvolved, so every step checks the shared payload against a real viewer. */
const observer: Actor = { participantId: 'p-observer', role: 'participant' };
const actors = [facilitator, alice, bob, carol];
const viewers = [...actors, observer];
const presence = { online: 5, ready: 0, asked: 4, askedReady: 0 };

type Body = CommandBody;

/** A random step: who acts, and a command built from ids that exist (or not) at that moment. */
const step = fc.record({
  actor: fc.integer({ min: 0, max: actors.length - 1 }),
  kind: fc.integer({ min: 0, max: 22 }),
  pick: fc.nat(),
  flag: fc.boolean(),
});

function bodyFor(retro: DomainRetro, kind: number, pick: number, flag: boolean): Body {
  const cards = Object.keys(retro.state.timeline);
  const factors = Object.keys(retro.state.factors);
  const actions = Object.keys(retro.state.actions);
  const any = (ids: string[]) => (ids.length ? ids[pick % ids.length] : 'missing');
  switch (kind) {
    case 0:
    case 1:
      return { type: 'timeline.add', text: `card ${pick}`, at: flag ? new Date(Date.UTC(2026, 10, 20, 14, pick % 60)).toISOString() : undefined };
    case 2:
      return { type: 'timeline.edit', cardId: any(cards), text: `edited ${pick}`, at: flag ? null : undefined };
    case 3:
      return { type: 'timeline.remove', cardId: any(cards) };
    case 4:
    case 5:
      return { type: 'factor.add', text: `factor ${pick}`, category: 'process', timelineCardIds: flag && cards.length ? [any(cards)] : [] };
    case 6:
      return { type: 'factor.remove', factorId: any(factors) };
    case 7:
      return { type: 'factor.merge', sourceId: any(factors), targetId: factors.length ? factors[(pick + 1) % factors.length] : 'missing' };
    case 8:
      return { type: 'cards.reveal' };
    case 9:
      return { type: 'phase.set', phase: (['timeline', 'factors', 'voting', 'actions'] as const)[pick % 4] };
    case 10:
    case 11:
      return { type: 'vote.cast', factorId: any(factors) };
    case 12:
      return { type: 'vote.retract', factorId: any(factors) };
    case 13:
      return { type: 'retro.update', settings: { privateWriting: flag } };
    case 16:
      return { type: 'retro.update', settings: { voteBudget: 1 + (pick % 6) } };
    case 17:
    case 18:
      // Reveals are where payloads split between authors and everyone else: make them common.
      return { type: 'cards.reveal' };
    case 19:
      return { type: 'factor.edit', factorId: any(factors), timelineCardIds: cards.length ? [any(cards)] : [], text: flag ? `factor edit ${pick}` : undefined };
    case 20:
      return actions.length
        ? { type: 'action.edit', actionId: any(actions), factorIds: flag && factors.length ? [any(factors)] : [] }
        : { type: 'timer.stop' };
    case 21:
      return actions.length ? { type: 'action.remove', actionId: any(actions) } : { type: 'timer.stop' };
    case 22:
      // An import: several cards, some sharing a time, in one version.
      return {
        type: 'timeline.import',
        cards: Array.from({ length: 1 + (pick % 3) }, (_, i) => ({
          text: `imported ${pick}.${i}`,
          at: flag ? new Date(Date.UTC(2026, 10, 20, 14, pick % 2)).toISOString() : null,
        })),
      };
    case 14:
      return { type: 'action.add', title: `Add check ${pick}`, kind: 'detect', owner: 'SRE team', priority: 'low', factorIds: flag && factors.length ? [any(factors)] : [] };
    default:
      return actions.length
        ? { type: 'action.status', actionId: any(actions), status: flag ? 'done' : 'not-doing', reason: 'superseded' }
        : { type: 'timer.start', seconds: 1 + (pick % 600) };
  }
}

describe('incremental changes', () => {
  it('fold into exactly the view each viewer would get from a fresh snapshot', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const retro = new DomainRetro();
        const views = new Map<Actor, RetroView>(viewers.map((a) => [a, viewFor(retro.state, { ...a, ready: false }, presence)]));
        for (const { actor, kind, pick, flag } of steps) {
          const before = retro.state;
          const decision = retro.run(actors[actor], bodyFor(retro, kind, pick, flag) as never);
          if (!decision.ok) continue;
          const touched = touchedBy(before, retro.state, decision.events);
          const involved = involvedIn(before, retro.state, touched);
          const shared = changesFor(before, retro.state, touched, UNINVOLVED);
          for (const viewer of viewers) {
            const isInvolved = involved === 'everyone' || involved.has(viewer.participantId);
            // An uninvolved viewer gets the shared payload; it must be what they would get alone.
            const own = changesFor(before, retro.state, touched, viewer);
            if (!isInvolved) expect(own).toEqual(shared);
            views.set(viewer, applyChanges(views.get(viewer)!, isInvolved ? own : shared));
            expect(views.get(viewer)).toEqual(viewFor(retro.state, { ...viewer, ready: false }, presence));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
