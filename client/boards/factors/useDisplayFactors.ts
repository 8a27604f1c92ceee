import { useMemo } from 'react';
import { useRetroStore } from '../../store/store.ts';
import { selectFactors, usePendingCommands } from '../../store/selectors.ts';
import { overlayPendingFactors, type DisplayFactor } from './overlay.ts';

export function useDisplayFactors(): DisplayFactor[] {
  const factors = useRetroStore(selectFactors);
  const pending = usePendingCommands('factor.add', 'factor.edit', 'factor.remove', 'factor.merge');
  return useMemo(() => overlayPendingFactors(factors, pending), [factors, pending]);
}
