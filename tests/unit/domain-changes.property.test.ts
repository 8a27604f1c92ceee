import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesFor, involvedIn, touchedBy, UNINVOLVED } from '../../shared/domain/changes.ts';
import type { Actor } from '../../shared/domain/state.ts';
import { viewFor } from '../../shared/domain/view.ts';
import { applyChanges } from '../../shared/protocol/applyChanges.ts';
import { commandTemplate, resolveCommand } from '../support/commandArbitrary.ts';
import type { RetroView } from '../../shared/protocol/view.ts';
import { alice, bob, DomainRetro, facilitator } from '../support/domain.ts';

const carol: Actor = { participantId: 'p-carol', role: 'participant' };
/** Never acts: always uninvolved, so every step checks the shared payload against a real viewer. */
const observer: Actor = { participantId: 'p-observer', role: 'participant' };
const actors = [facilitator, alice, bob, carol];
const viewers = [...actors, observer];
const presence = { online: 5, ready: 0, asked: 4, askedReady: 0 };

/** A random step: who acts, and a command generated from the command schemas. */
const step = fc.record({ actor: fc.integer({ min: 0, max: actors.length - 1 }), command: commandTemplate });

describe('incremental changes', () => {
  it('fold into exactly the view each viewer would get from a fresh snapshot', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const retro = new DomainRetro();
        const views = new Map<Actor, RetroView>(viewers.map((a) => [a, viewFor(retro.state, { ...a, ready: false }, presence)]));
        for (const { actor, command } of steps) {
          const before = retro.state;
          const decision = retro.run(actors[actor], resolveCommand(command, retro.state) as never);
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
