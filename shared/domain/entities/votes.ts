import type { CommandOf } from '../../protocol/commands.ts';
import { without } from '../records.ts';
import { fail, ok, touchMe, type CommandRules, type Decision, type EventRules } from '../rules.ts';
import { votesUsedBy, type Actor, type ParticipantId, type RetroState } from '../state.ts';
import { canSee } from '../visibility.ts';

/**
 * Votes: dots on factors, within a per-person budget and a per-factor cap, only while the retro
 * is in its voting phase. Who voted for what never leaves the server; totals appear once voting
 * has been left (see phase.set in retro.ts).
 */

export type VoteEvent =
  | { type: 'vote.cast'; factorId: string; voterId: ParticipantId }
  | { type: 'vote.retracted'; factorId: string; voterId: ParticipantId };

function vote(state: RetroState, command: CommandOf<'vote.cast' | 'vote.retract'>, actor: Actor): Decision {
  if (state.retro.phase !== 'voting') return fail('conflict', 'Votes can only be cast or retracted in the voting phase.');
  const factor = state.factors[command.factorId];
  if (!factor || !canSee(factor, actor)) return fail('not_found', 'No such contributing factor.');
  const mine = state.votes[factor.id]?.[actor.participantId] ?? 0;
  if (command.type === 'vote.retract') {
    if (mine === 0) return fail('conflict', 'You have no vote on this factor to take back.');
    return ok([{ type: 'vote.retracted', factorId: factor.id, voterId: actor.participantId }]);
  }
  if (factor.hidden) {
    // Votes on a card only its author can see would be invisible in every total.
    return fail('conflict', 'This factor is still private; it can get votes once the facilitator reveals it.');
  }
  const { voteBudget, maxVotesPerFactor } = state.retro.settings;
  if (votesUsedBy(state, actor.participantId) >= voteBudget) {
    return fail('limit', `You have used all ${voteBudget} of your votes.`);
  }
  if (mine >= maxVotesPerFactor) {
    return fail('limit', `At most ${maxVotesPerFactor} votes can go on one factor.`);
  }
  return ok([{ type: 'vote.cast', factorId: factor.id, voterId: actor.participantId }]);
}

export const voteCommands: CommandRules<'vote.cast' | 'vote.retract'> = {
  'vote.cast': vote,
  'vote.retract': vote,
};

export const voteEvents: EventRules<VoteEvent['type']> = {
  'vote.cast': {
    movesDots: true,
    apply: (state, event) => {
      const byVoter = state.votes[event.factorId] ?? {};
      const mine = (byVoter[event.voterId] ?? 0) + 1;
      return { ...state, votes: { ...state.votes, [event.factorId]: { ...byVoter, [event.voterId]: mine } } };
    },
    touch: (touched, event, _before, after) => {
      touchMe(touched, [event.voterId]);
      if (after.votesRevealed) touched.factors.add(event.factorId);
    },
  },
  'vote.retracted': {
    movesDots: true,
    apply: (state, event) => {
      const byVoter = state.votes[event.factorId] ?? {};
      const left = (byVoter[event.voterId] ?? 0) - 1;
      const nextByVoter = left > 0 ? { ...byVoter, [event.voterId]: left } : without(byVoter, event.voterId);
      return { ...state, votes: { ...state.votes, [event.factorId]: nextByVoter } };
    },
    touch: (touched, event, _before, after) => {
      touchMe(touched, [event.voterId]);
      if (after.votesRevealed) touched.factors.add(event.factorId);
    },
  },
};
