import { MARKERS, type Marker } from '../../../shared/domain/values.ts';

export interface KeyMoment {
  marker: Marker;
  /** ISO UTC, or null when no card carries this marker. */
  at: string | null;
}

export interface DerivedDuration {
  label: string;
  ms: number;
}

export interface KeyMoments {
  moments: KeyMoment[];
  durations: DerivedDuration[];
  /** True when the marked times do not run in the expected order (worth a second look). */
  outOfOrder: boolean;
}

/** Which durations a post-mortem reports, each from one marker to a later one. */
const DURATIONS: { label: string; from: Marker; to: Marker }[] = [
  { label: 'Time undetected', from: 'impact-start', to: 'detected' },
  { label: 'Time to acknowledge', from: 'detected', to: 'acknowledged' },
  { label: 'Time to mitigate', from: 'impact-start', to: 'mitigated' },
  { label: 'Time to resolve', from: 'impact-start', to: 'resolved' },
];

/**
 * The incident's key moments from the timeline's markers: the earliest timed card with each
 * marker (the setup's impact start stands in when no card marks it), and the durations
 * between them. Pure, so the review and its tests agree.
 */
export function keyMoments(cards: readonly { at: string | null; marker: Marker | null }[], impactStart: string | null = null): KeyMoments {
  const first = new Map<Marker, string>();
  for (const card of cards) {
    if (!card.marker || !card.at) continue;
    const known = first.get(card.marker);
    if (!known || card.at < known) first.set(card.marker, card.at);
  }
  if (!first.has('impact-start') && impactStart) first.set('impact-start', impactStart);
  const moments = MARKERS.map((marker) => ({ marker, at: first.get(marker) ?? null }));
  const durations: DerivedDuration[] = [];
  for (const { label, from, to } of DURATIONS) {
    const start = first.get(from);
    const end = first.get(to);
    if (start && end) durations.push({ label, ms: Date.parse(end) - Date.parse(start) });
  }
  const times = moments.flatMap((moment) => (moment.at ? [Date.parse(moment.at)] : []));
  const outOfOrder = times.some((time, index) => index > 0 && time < times[index - 1]);
  return { moments, durations, outOfOrder };
}
