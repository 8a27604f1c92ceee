import { useMemo } from 'react';
import { useOptimisticView, withMarks, type DisplayFactor } from '../../store/optimistic.ts';

export type { DisplayFactor };

const NO_FACTORS: DisplayFactor[] = [];

/** The factors as this person should see them: the server's plus their own unsent changes. */
export function useDisplayFactors(): DisplayFactor[] {
  const optimistic = useOptimisticView();
  return useMemo(() => (optimistic ? withMarks(optimistic.view.factors, optimistic.marks) : NO_FACTORS), [optimistic]);
}
