import { UNINVOLVED } from '../domain/changes.ts';
import { rankFactors } from '../domain/ranking.ts';
import type { RetroState } from '../domain/state.ts';
import { viewFor, type Viewer } from '../domain/view.ts';
import { keyMomentsReport } from './keyMoments.ts';
import type { Participation, PostMortem, PostMortemAction, PostMortemEvent, PostMortemFactor } from './types.ts';

/**
 * The export's viewer: the facilitator, as someone who wrote nothing and voted nowhere. Going
 * through `viewFor` means the export shows exactly what the facilitator's view shows — no hidden
 * card, and no vote total before voting has been left — and cannot drift from it; being
 * uninvolved means no `mine`, and no private cards of the facilitator's own.
 */
const EXPORT_VIEWER: Viewer = { ...UNINVOLVED, role: 'facilitator', ready: false };

/**
 * Builds the post-mortem from the server's state. Pure: the same state gives the same result.
 * `participants` is how many distinct anonymous people joined the retro; it is counted from
 * connections, never from authorship, so watching it change says nothing about who wrote what.
 */
export function postMortemFrom(state: RetroState, participants: number): PostMortem {
  const view = viewFor(state, EXPORT_VIEWER, { online: 0, ready: 0, asked: 0, askedReady: 0 });

  // Field by field, never by spreading a view: nothing else (mine, private, seq) gets through.
  const timeline: PostMortemEvent[] = view.timeline.map((card) => ({
    id: card.id,
    text: card.text,
    at: card.at,
    marker: card.marker,
    evidenceUrl: card.evidenceUrl,
  }));
  const factorsInCreationOrder: PostMortemFactor[] = view.factors.map((factor) => ({
    id: factor.id,
    text: factor.text,
    category: factor.category,
    prompt: factor.prompt,
    timelineCardIds: factor.timelineCardIds,
    votes: factor.votes,
  }));
  const factors = rankFactors(factorsInCreationOrder);
  const exported = new Set(factors.map((factor) => factor.id));
  const actions: PostMortemAction[] = view.actions.map((action) => ({
    id: action.id,
    title: action.title,
    kind: action.kind,
    owner: action.owner,
    priority: action.priority,
    dueDate: action.dueDate,
    doneCriterion: action.doneCriterion,
    // An action may link a factor its author could see but nobody else can yet.
    factorIds: action.factorIds.filter((id) => exported.has(id)),
    trackerUrl: action.trackerUrl,
    status: action.status,
    reason: action.reason,
    ...(action.carriedFrom ? { carriedFrom: { id: action.carriedFrom.id, title: action.carriedFrom.title } } : {}),
  }));

  const retro = view.retro;
  const { keyMoments, durations, warnings } = keyMomentsReport(timeline, retro);
  return {
    createdAt: state.createdAt,
    retro: {
      id: retro.id,
      title: retro.title,
      summary: retro.summary,
      severity: retro.severity,
      customerImpact: retro.customerImpact,
      impactStart: retro.impactStart,
      impactEnd: retro.impactEnd,
      // The zone clock times were logged in, when the team set one (the log import reads it).
      ...(retro.timeZone ? { timeZone: retro.timeZone } : {}),
      phase: retro.phase,
      settings: {
        voteBudget: retro.settings.voteBudget,
        maxVotesPerFactor: retro.settings.maxVotesPerFactor,
        privateWriting: retro.settings.privateWriting,
      },
    },
    votesRevealed: state.votesRevealed,
    timeline,
    factors,
    actions,
    keyMoments,
    durations,
    warnings,
    participation: participationIn(state, { timeline, factors, actions }, view.hidden, participants),
  };
}

function participationIn(
  state: RetroState,
  { timeline, factors, actions }: Pick<PostMortem, 'timeline' | 'factors' | 'actions'>,
  hidden: Participation['hidden'],
  participants: number,
): Participation {
  return {
    participants,
    timelineCards: timeline.length,
    factors: factors.length,
    actions: actions.length,
    votes: state.votesRevealed ? factors.reduce((sum, factor) => sum + (factor.votes ?? 0), 0) : null,
    hidden: { timeline: hidden.timeline, factors: hidden.factors },
  };
}
