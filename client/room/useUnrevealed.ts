import { useRetroStore } from '../store/store.ts';
import { selectUnrevealedFactors, selectUnrevealedTimeline } from '../store/selectors.ts';

export interface Unrevealed {
  timeline: number;
  factors: number;
  total: number;
}

/**
 * What the next reveal would show the room: others' hidden cards and factors plus my own still
 * private ones. The reveal button, the phase bar's note and the reveal-before-voting prompt all
 * count from here, so they never disagree.
 */
export function useUnrevealed(): Unrevealed {
  const timeline = useRetroStore(selectUnrevealedTimeline);
  const factors = useRetroStore(selectUnrevealedFactors);
  return { timeline, factors, total: timeline + factors };
}

/** "2 timeline cards and 1 factor are" — what is hidden, in words, with its verb. */
export function describeUnrevealed({ timeline, factors, total }: Unrevealed): string {
  const count = (n: number, noun: string) => (n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`);
  const parts = [count(timeline, 'timeline card'), count(factors, 'factor')].filter(Boolean);
  return `${parts.join(' and ')} ${total === 1 ? 'is' : 'are'}`;
}
