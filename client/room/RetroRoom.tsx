import { useEffect } from 'react';
import { connectToRetro, facilitatorKeyFromHash } from '../net/index.ts';
import { resetStore, useRetroStore } from '../store/store.ts';
import { selectHasView, selectIsFacilitator, selectStatus } from '../store/selectors.ts';
import { FacilitatorBar } from './FacilitatorBar.tsx';
import { Notices } from './Notices.tsx';
import { PhaseBoard } from './PhaseBoard.tsx';
import { PhaseStepper } from './PhaseStepper.tsx';
import { ReadyToggle } from './ReadyToggle.tsx';
import { RoomHeader } from './RoomHeader.tsx';
import { RoomLoading } from './RoomLoading.tsx';
import { RoomProblem } from './RoomProblem.tsx';
import { TimerDisplay } from './TimerDisplay.tsx';
import { useRememberMyRetro } from '../start/useRememberMyRetro.ts';

/** A retro room: joins on mount, leaves (and forgets the retro's data) on unmount. */
export function RetroRoom({ retroId }: { retroId: string }) {
  useEffect(() => {
    const leave = connectToRetro(retroId, { facilitatorKey: facilitatorKeyFromHash(window.location.hash) });
    return () => {
      leave();
      resetStore();
    };
  }, [retroId]);

  useRememberMyRetro(retroId);
  const status = useRetroStore(selectStatus);
  const hasView = useRetroStore(selectHasView);
  const isFacilitator = useRetroStore(selectIsFacilitator);

  if (status === 'not_found' || status === 'forbidden' || status === 'page_outdated' || status === 'server_outdated') {
    return <RoomProblem problem={status} />;
  }
  if (!hasView) return <RoomLoading />;
  return (
    <div className="room">
      <RoomHeader />
      <PhaseStepper />
      {isFacilitator && <FacilitatorBar retroId={retroId} />}
      {/* "N of M done" counts those asked to do the step: the facilitator runs it instead. */}
      {!isFacilitator && (
        <section className="participant-bar" aria-label="Your status">
          <ReadyToggle />
        </section>
      )}
      <TimerDisplay />
      {/* In the page's flow, above the board: a notice pushes content down, never covers it. */}
      <Notices />
      <PhaseBoard />
    </div>
  );
}
