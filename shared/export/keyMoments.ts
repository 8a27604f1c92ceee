import { MARKERS, type Marker } from '../domain/values.ts';
import { isoMillis } from './format.ts';
import type {
  DerivedDuration,
  DurationName,
  KeyMoment,
  Moment,
  OrderWarning,
  PostMortemEvent,
  PostMortemRetro,
} from './types.ts';

/** Everything the key moments section says, in one value the panel, the Markdown and the JSON share. */
export interface KeyMomentsReport {
  keyMoments: Record<Marker, KeyMoment | null>;
  times: Record<Moment, number | null>;
  durations: Record<DurationName, DerivedDuration>;
  warnings: OrderWarning[];
}

/**
 * Key moments and the durations derived from them (BLAMELESS.md §3.5). Markers are expected
 * in the order of MARKERS (impact started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved);
 * markers that contradict it are reported as warnings and never turned into negative durations.
 */

/** What each derived duration measures, from → to. */
export const DURATION_SPANS: Record<DurationName, { from: Moment; to: Moment }> = {
  timeUndetected: { from: 'impact-start', to: 'detected' },
  timeToAcknowledge: { from: 'detected', to: 'acknowledged' },
  timeToMitigate: { from: 'impact-start', to: 'mitigated' },
  timeToResolve: { from: 'impact-start', to: 'resolved' },
  totalImpact: { from: 'impact-window-start', to: 'impact-window-end' },
};

/**
 * The one implementation of key moments: the review panel, the Markdown and the JSON all call
 * this, so they cannot disagree. A moment comes only from a marked card (the setup's impact
 * window has its own moments, used for the total impact): a stand-in would make "time
 * undetected" look measured when nobody marked when the impact started.
 */
export function keyMomentsReport(
  timeline: readonly Pick<PostMortemEvent, 'id' | 'at' | 'marker'>[],
  retro: Pick<PostMortemRetro, 'impactStart' | 'impactEnd'>,
): KeyMomentsReport {
  const keyMoments = keyMomentsOf(timeline);
  const times = momentTimes(keyMoments, retro);
  return { keyMoments, times, durations: durationsOf(times), warnings: orderWarningsOf(keyMoments, retro) };
}

/** For each marker, the first card carrying it; `timeline` must already be in time order. */
export function keyMomentsOf(timeline: readonly Pick<PostMortemEvent, 'id' | 'at' | 'marker'>[]): Record<Marker, KeyMoment | null> {
  const moments = Object.fromEntries(MARKERS.map((marker) => [marker, null])) as Record<Marker, KeyMoment | null>;
  for (const card of timeline) {
    if (card.marker && !moments[card.marker]) moments[card.marker] = { cardId: card.id, at: card.at };
  }
  return moments;
}

/** The time of each moment, or null when it is unknown (or not a valid time). */
export function momentTimes(
  moments: Record<Marker, KeyMoment | null>,
  retro: Pick<PostMortemRetro, 'impactStart' | 'impactEnd'>,
): Record<Moment, number | null> {
  const times = {
    'impact-window-start': isoMillis(retro.impactStart),
    'impact-window-end': isoMillis(retro.impactEnd),
  } as Record<Moment, number | null>;
  for (const marker of MARKERS) times[marker] = isoMillis(moments[marker]?.at ?? null);
  return times;
}

export function durationsOf(times: Record<Moment, number | null>): Record<DurationName, DerivedDuration> {
  const durations = {} as Record<DurationName, DerivedDuration>;
  for (const [name, { from, to }] of Object.entries(DURATION_SPANS) as [DurationName, { from: Moment; to: Moment }][]) {
    const start = times[from];
    const end = times[to];
    if (start === null || end === null) durations[name] = { from, to, ms: null, problem: 'missing' };
    else if (end < start) durations[name] = { from, to, ms: null, problem: 'out-of-order' };
    else durations[name] = { from, to, ms: end - start, problem: null };
  }
  return durations;
}

/**
 * Markers that contradict the expected order: each timed marker is compared with the latest
 * time among the markers expected before it (so one wrong marker is named against the marker it
 * contradicts), plus an impact window that ends before it starts.
 */
export function orderWarningsOf(
  moments: Record<Marker, KeyMoment | null>,
  retro: Pick<PostMortemRetro, 'impactStart' | 'impactEnd'>,
): OrderWarning[] {
  const times = momentTimes(moments, retro);
  const warnings: OrderWarning[] = [];
  let latest: Marker | null = null;
  for (const marker of MARKERS) {
    const at = times[marker];
    if (at === null) continue;
    if (latest !== null && at < times[latest]!) {
      warnings.push({ first: latest, firstAt: moments[latest]!.at!, second: marker, secondAt: moments[marker]!.at! });
    } else {
      latest = marker;
    }
  }
  const start = times['impact-window-start'];
  const end = times['impact-window-end'];
  if (start !== null && end !== null && end < start) {
    warnings.push({
      first: 'impact-window-start',
      firstAt: retro.impactStart!,
      second: 'impact-window-end',
      secondAt: retro.impactEnd!,
    });
  }
  return warnings;
}
