import { useRetroStore } from '../../store/store.ts';
import { selectIsFacilitator, selectRetro } from '../../store/selectors.ts';
import { FollowUpActions } from './FollowUpActions.tsx';
import { RetroDetailsForm } from './RetroDetailsForm.tsx';
import { RetroSummary } from './RetroSummary.tsx';
import { SettingsForm } from './SettingsForm.tsx';

/** Setup: the facilitator describes the incident and sets the rules; everyone else reads along. */
export function SetupBoard() {
  const retro = useRetroStore(selectRetro);
  const isFacilitator = useRetroStore(selectIsFacilitator);
  if (!retro) return null;
  if (!isFacilitator) {
    return (
      <div className="board__body">
        <RetroSummary retro={retro} />
        <FollowUpActions />
        <p className="card muted">
          You are anonymous here: nothing you write or vote carries your name — not even for the facilitator. The
          retro looks for how the system made actions reasonable, not for culprits.
        </p>
      </div>
    );
  }
  return (
    <div className="board__body board__body--two">
      <RetroDetailsForm retro={retro} />
      <SettingsForm settings={retro.settings} />
      <FollowUpActions />
    </div>
  );
}
