import { useId, useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/domain/state.ts';
import { LIMITS } from '../../../shared/domain/values.ts';
import { sendCommand, untilVersion } from '../../net/index.ts';
import { IDLE, SaveStatus, saveStateFrom, type SaveState } from '../../ui/SaveState.tsx';
import { useDraft } from '../../ui/useDraft.ts';

/** How the retro runs: the vote budget, the per-factor cap, and private writing. */
export function SettingsForm({ settings }: { settings: Settings }) {
  const ids = { budget: useId(), cap: useId(), privateWriting: useId(), privateHelp: useId() };
  const draft = useDraft(settings);
  const [save, setSave] = useState<SaveState>(IDLE);
  const v = draft.value;
  const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= LIMITS.voteSetting;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid(v.voteBudget) || !valid(v.maxVotesPerFactor)) {
      setSave({ kind: 'failed', message: `Votes must be whole numbers from 1 to ${LIMITS.voteSetting}.` });
      return;
    }
    setSave({ kind: 'saving' });
    const ack = await sendCommand({ type: 'retro.update', settings: { ...v } }, { handleErrors: true });
    if (ack.ok) await untilVersion(ack.version);
    setSave(saveStateFrom(ack));
    if (ack.ok) draft.discard();
  }

  return (
    <form className="card form-grid" onSubmit={submit} aria-label="Retro settings">
      <h3 className="card__title">Settings</h3>
      <div className="field-pair">
        <div className="field">
          <label htmlFor={ids.budget}>Votes per person</label>
          <input
            id={ids.budget}
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.voteSetting}
            value={Number.isNaN(v.voteBudget) ? '' : v.voteBudget}
            onChange={(e) => draft.update({ voteBudget: e.target.valueAsNumber })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.cap}>Most votes on one factor</label>
          <input
            id={ids.cap}
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.voteSetting}
            value={Number.isNaN(v.maxVotesPerFactor) ? '' : v.maxVotesPerFactor}
            onChange={(e) => draft.update({ maxVotesPerFactor: e.target.valueAsNumber })}
          />
        </div>
      </div>
      <div className="checkbox-field">
        <input
          id={ids.privateWriting}
          type="checkbox"
          checked={v.privateWriting}
          aria-describedby={ids.privateHelp}
          onChange={(e) => draft.update({ privateWriting: e.target.checked })}
        />
        <label htmlFor={ids.privateWriting}>Private writing</label>
        <p id={ids.privateHelp} className="muted small checkbox-field__help">
          Each new card is seen only by the person who wrote it — not even by you as facilitator — until you
          reveal them, so first thoughts are nobody’s echo.
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={!draft.dirty}>
          Save settings
        </button>
        <SaveStatus state={save} />
      </div>
    </form>
  );
}
