import type { FactorView, RetroView, TimelineCardView } from '../../shared/protocol/view.ts';

/**
 * Test fixtures for the client's unit and component tests (tests/unit/client-*.test.tsx).
 * Never imported by the app, so never bundled.
 */
export function sampleView(overrides: Partial<RetroView> = {}): RetroView {
  return {
    retro: {
      id: 'retro1',
      title: 'Checkout outage',
      summary: '',
      severity: null,
      customerImpact: '',
      impactStart: null,
      impactEnd: null,
      phase: 'timeline',
      settings: { voteBudget: 5, maxVotesPerFactor: 3, privateWriting: true },
    },
    timeline: [],
    factors: [],
    actions: [],
    hidden: { timeline: 0, factors: 0 },
    me: { role: 'participant', votes: {}, votesLeft: 5, ready: false },
    participants: { online: 2, ready: 0, asked: 1, askedReady: 0 },
    votesPlaced: 0,
    timer: null,
    ...overrides,
  };
}

export function sampleCard(overrides: Partial<TimelineCardView> & { id: string }): TimelineCardView {
  return { text: `Card ${overrides.id}`, at: null, marker: null, evidenceUrl: null, mine: false, seq: 1, ...overrides };
}

export function sampleFactor(overrides: Partial<FactorView> & { id: string }): FactorView {
  return {
    text: `Factor ${overrides.id}`,
    category: 'process',
    prompt: null,
    timelineCardIds: [],
    votes: null,
    mine: false,
    seq: 1,
    ...overrides,
  };
}
