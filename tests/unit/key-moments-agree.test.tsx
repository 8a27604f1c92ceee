// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyMomentsPanel } from '../../client/boards/review/KeyMomentsPanel.tsx';
import { resetStore, useRetroStore } from '../../client/store/store.ts';
import type { RetroState } from '../../shared/domain/state.ts';
import type { Marker } from '../../shared/domain/values.ts';
import { viewFor } from '../../shared/domain/view.ts';
import { postMortemFrom, toJSON, toMarkdown } from '../../shared/export/index.ts';
import { DURATION_LABELS, humanDuration } from '../../shared/export/format.ts';
import { DURATION_NAMES, type DurationName } from '../../shared/export/types.ts';
import { RetroBuilder } from './export-fixture.ts';

/**
 * The review panel, the Markdown and the JSON are three readings of one retro's key moments:
 * for the same state they must say the same thing about every duration, and none may be negative.
 */

afterEach(() => {
  cleanup();
  resetStore();
});

const at = (hhmm: string) => `2026-11-20T${hhmm}:00.000Z`;

function retroWith(cards: [string, Marker][], window: { impactStart: string | null; impactEnd: string | null }): RetroState {
  const builder = new RetroBuilder('r-1', 'Checkout outage', at('16:00'))
    .update({ ...window }, { privateWriting: false })
    .phase('timeline');
  cards.forEach(([hhmm, marker], index) => builder.card('pid-a', { id: `c${index}`, text: `Card ${index}`, at: at(hhmm), marker }));
  return builder.phase('review').state;
}

/** What each surface says about each duration. */
function readings(state: RetroState): Record<DurationName, { panel: string; markdown: string; json: number | null }> {
  const pm = postMortemFrom(state, 2);
  const markdown = toMarkdown(pm);
  const json = JSON.parse(toJSON(pm)) as { durations: Record<DurationName, { ms: number | null }> };
  const view = viewFor(state, { participantId: 'pid-b', role: 'participant', ready: false }, { online: 2, ready: 0, asked: 1, askedReady: 0 });
  useRetroStore.getState().receiveSnapshot({ version: state.version, serverTime: new Date().toISOString(), view });
  render(<KeyMomentsPanel />);
  const panel = screen.getByTestId('durations');
  return Object.fromEntries(
    DURATION_NAMES.map((name) => {
      const row = markdown.split('\n').find((line) => line.startsWith(`| ${DURATION_LABELS[name]} |`));
      return [
        name,
        {
          panel: panel.querySelector(`[data-duration="${name}"] .duration__value`)?.textContent ?? '(missing)',
          markdown: row?.slice(2, -2).split(' | ')[2] ?? '(missing)',
          json: json.durations[name].ms,
        },
      ];
    }),
  ) as Record<DurationName, { panel: string; markdown: string; json: number | null }>;
}

function expectAgreement(state: RetroState): Record<DurationName, string> {
  const said = readings(state);
  const texts = {} as Record<DurationName, string>;
  for (const name of DURATION_NAMES) {
    const { panel, markdown, json } = said[name];
    expect(panel, name).toBe(markdown);
    if (json === null) expect(panel, name).toMatch(/^(Unknown|Not computed)/);
    else {
      expect(json, name).toBeGreaterThanOrEqual(0);
      expect(panel, name).toBe(humanDuration(json));
    }
    expect(panel, name).not.toMatch(/[-−]\s*\d/);
    texts[name] = panel;
  }
  return texts;
}

describe('key moments read the same in the panel, the Markdown and the JSON', () => {
  it('with an "impact started" card', () => {
    const state = retroWith(
      [
        ['14:02', 'impact-start'],
        ['14:19', 'detected'],
        ['14:23', 'acknowledged'],
        ['14:41', 'mitigated'],
        ['14:43', 'resolved'],
      ],
      { impactStart: at('14:00'), impactEnd: at('15:14') },
    );
    expect(expectAgreement(state)).toEqual({
      timeUndetected: '17 min',
      timeToAcknowledge: '4 min',
      timeToMitigate: '39 min',
      timeToResolve: '41 min',
      totalImpact: '1 h 14 min',
    });
  });

  it('without one, even when the setup has an impact start', () => {
    const state = retroWith([['14:19', 'detected'], ['14:23', 'acknowledged']], { impactStart: at('14:00'), impactEnd: null });
    const texts = expectAgreement(state);
    expect(texts.timeUndetected).toBe('Unknown: no time recorded for Impact started');
    expect(texts.timeToAcknowledge).toBe('4 min');
    expect(texts.totalImpact).toBe('Unknown: no time recorded for Impact window end');
  });

  it('with markers out of order: no negative duration anywhere', () => {
    const state = retroWith([['14:20', 'impact-start'], ['14:10', 'detected'], ['14:30', 'resolved']], {
      impactStart: at('15:00'),
      impactEnd: at('14:00'),
    });
    const texts = expectAgreement(state);
    expect(texts.timeUndetected).toBe('Not computed: the times are out of order');
    expect(texts.timeToResolve).toBe('10 min');
    expect(texts.totalImpact).toBe('Not computed: the times are out of order');
  });
});
