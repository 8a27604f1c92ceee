import { useRetroStore } from '../store/store.ts';
import { selectPhase } from '../store/selectors.ts';
import { InvitePanel } from './InvitePanel.tsx';
import { PhaseNav } from './PhaseNav.tsx';
import { RevealButton } from './RevealButton.tsx';
import { TimerControls } from './TimerControls.tsx';

/** What only the facilitator can do: move phases, reveal, run the timer, invite. */
export function FacilitatorBar({ retroId }: { retroId: string }) {
  const phase = useRetroStore(selectPhase);
  return (
    <section className="facilitator-bar" aria-label="Facilitator controls">
      <div className="facilitator-bar__row">
        <PhaseNav />
        <RevealButton />
        <TimerControls />
      </div>
      <InvitePanel retroId={retroId} defaultOpen={phase === 'setup'} />
    </section>
  );
}
