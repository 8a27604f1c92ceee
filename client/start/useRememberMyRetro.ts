import { useEffect } from 'react';
import { selectActions, selectIsFacilitator, selectRetro } from '../store/selectors.ts';
import { useRetroStore } from '../store/store.ts';
import { refreshMyRetro } from './myRetros.ts';

const localDate = (now: Date) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** While the facilitator has a room open, keeps the start page's list of their retros current. */
export function useRememberMyRetro(retroId: string): void {
  const retro = useRetroStore(selectRetro);
  const actions = useRetroStore(selectActions);
  const isFacilitator = useRetroStore(selectIsFacilitator);
  useEffect(() => {
    if (!retro || !isFacilitator) return;
    refreshMyRetro(retroId, { title: retro.title, phase: retro.phase, actions }, localDate(new Date()));
  }, [retroId, retro, actions, isFacilitator]);
}
