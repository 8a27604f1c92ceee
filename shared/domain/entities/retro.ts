import { definedOnly, mapValues } from '../records.ts';
import { ok, type CommandRules, type EventRules } from '../rules.ts';
import type { RetroInfo, Settings } from '../state.ts';
import type { Phase } from '../values.ts';

/**
 * The retro itself: its facts and settings, the phase it is in, the timer, and the reveal of
 * privately written cards. All of these are the facilitator's (FACILITATOR_COMMANDS).
 */

export type RetroLevelEvent =
  | { type: 'retro.updated'; changes: Partial<Omit<RetroInfo, 'id' | 'phase' | 'settings'>>; settings?: Partial<Settings> }
  | { type: 'phase.set'; phase: Phase }
  | { type: 'timer.started'; endsAt: string }
  | { type: 'timer.stopped' }
  | { type: 'cards.revealed' };

export const retroCommands: CommandRules<'retro.update' | 'phase.set' | 'timer.start' | 'timer.stop' | 'cards.reveal'> = {
  'retro.update': (_state, command) => {
    const { id: _id, type: _type, settings, ...changes } = command;
    return ok([
      { type: 'retro.updated', changes: definedOnly(changes), ...(settings ? { settings: definedOnly(settings) } : {}) },
    ]);
  },
  'phase.set': (_state, command) => ok([{ type: 'phase.set', phase: command.phase }]),
  'timer.start': (_state, command, _actor, ctx) =>
    ok([{ type: 'timer.started', endsAt: new Date(ctx.now.getTime() + command.seconds * 1000).toISOString() }]),
  'timer.stop': () => ok([{ type: 'timer.stopped' }]),
  'cards.reveal': () => ok([{ type: 'cards.revealed' }]),
};

export const retroEvents: EventRules<RetroLevelEvent['type']> = {
  'retro.updated': {
    apply: (state, event) => ({
      ...state,
      retro: { ...state.retro, ...event.changes, settings: { ...state.retro.settings, ...event.settings } },
    }),
    touch: (touched, event) => {
      touched.retro = true;
      if (event.settings?.voteBudget !== undefined) touched.me = 'everyone';
    },
  },
  'phase.set': {
    apply: (state, event) => ({
      ...state,
      retro: { ...state.retro, phase: event.phase },
      // Leaving voting closes it: totals become visible for good, even if it reopens.
      votesRevealed: state.votesRevealed || (state.retro.phase === 'voting' && event.phase !== 'voting'),
    }),
    touch: (touched, _event, before, after) => {
      touched.retro = true;
      if (!before.votesRevealed && after.votesRevealed) {
        for (const id of Object.keys(after.factors)) touched.factors.add(id);
      }
    },
  },
  'timer.started': {
    apply: (state, event) => ({ ...state, timer: { endsAt: event.endsAt } }),
    touch: (touched) => {
      touched.timer = true;
    },
  },
  'timer.stopped': {
    apply: (state) => ({ ...state, timer: null }),
    touch: (touched) => {
      touched.timer = true;
    },
  },
  'cards.revealed': {
    apply: (state) => ({
      ...state,
      timeline: mapValues(state.timeline, (card) => (card.hidden ? { ...card, hidden: false } : card)),
      factors: mapValues(state.factors, (factor) => (factor.hidden ? { ...factor, hidden: false } : factor)),
    }),
    touch: (touched, _event, before) => {
      // Only what was hidden changes. (Visible cards never link hidden ones, so no visible
      // factor's links change either.) Most viewers then share one payload; only the authors
      // of the revealed cards get their own, with `mine` on their cards.
      for (const card of Object.values(before.timeline)) if (card.hidden) touched.timeline.add(card.id);
      for (const factor of Object.values(before.factors)) if (factor.hidden) touched.factors.add(factor.id);
    },
  },
};
