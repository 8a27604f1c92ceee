import { MARKERS } from '../domain/values.ts';
import { DURATION_NAMES, POSTMORTEM_FORMAT, type PostMortem } from './types.ts';

/**
 * The post-mortem as pretty JSON (2-space indent, trailing newline) with a `format` marker.
 * Fields are picked one by one in a fixed order — never spread — so the bytes depend only on the
 * post-mortem's values, and nothing that is not part of the PostMortem type (a participant id
 * on an object built elsewhere, say) can slip into the file.
 */
export function toJSON(pm: PostMortem): string {
  const document = {
    format: POSTMORTEM_FORMAT,
    createdAt: pm.createdAt,
    retro: {
      id: pm.retro.id,
      title: pm.retro.title,
      summary: pm.retro.summary,
      severity: pm.retro.severity,
      customerImpact: pm.retro.customerImpact,
      impactStart: pm.retro.impactStart,
      impactEnd: pm.retro.impactEnd,
      phase: pm.retro.phase,
      settings: {
        voteBudget: pm.retro.settings.voteBudget,
        maxVotesPerFactor: pm.retro.settings.maxVotesPerFactor,
        privateWriting: pm.retro.settings.privateWriting,
      },
    },
    votesRevealed: pm.votesRevealed,
    timeline: pm.timeline.map((card) => ({
      id: card.id,
      text: card.text,
      at: card.at,
      marker: card.marker,
      evidenceUrl: card.evidenceUrl,
    })),
    factors: pm.factors.map((factor) => ({
      id: factor.id,
      text: factor.text,
      category: factor.category,
      prompt: factor.prompt,
      timelineCardIds: [...factor.timelineCardIds],
      votes: factor.votes,
    })),
    actions: pm.actions.map((action) => ({
      id: action.id,
      title: action.title,
      kind: action.kind,
      owner: action.owner,
      priority: action.priority,
      dueDate: action.dueDate,
      doneCriterion: action.doneCriterion,
      factorIds: [...action.factorIds],
      trackerUrl: action.trackerUrl,
      status: action.status,
      reason: action.reason,
    })),
    keyMoments: mapRecord(MARKERS, pm.keyMoments, (moment) => (moment ? { cardId: moment.cardId, at: moment.at } : null)),
    durations: mapRecord(DURATION_NAMES, pm.durations, (duration) => ({
      from: duration.from,
      to: duration.to,
      ms: duration.ms,
      problem: duration.problem,
    })),
    warnings: pm.warnings.map((warning) => ({
      first: warning.first,
      firstAt: warning.firstAt,
      second: warning.second,
      secondAt: warning.secondAt,
    })),
    participation: {
      participants: pm.participation.participants,
      timelineCards: pm.participation.timelineCards,
      factors: pm.participation.factors,
      actions: pm.participation.actions,
      votes: pm.participation.votes,
      hidden: { timeline: pm.participation.hidden.timeline, factors: pm.participation.hidden.factors },
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Maps a record's values with its keys in the given (canonical) order. */
function mapRecord<K extends string, V, W>(keys: readonly K[], record: Record<K, V>, fn: (value: V) => W): Record<K, W> {
  const out = {} as Record<K, W>;
  for (const key of keys) out[key] = fn(record[key]);
  return out;
}
