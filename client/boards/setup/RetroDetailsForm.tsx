import { useId, useState, type FormEvent } from 'react';
import type { RetroInfo } from '../../../shared/domain/state.ts';
import { LIMITS } from '../../../shared/domain/values.ts';
import { BlameHint } from '../../blame/BlameHint.tsx';
import { useBlameHints } from '../../blame/useBlameHints.ts';
import { sendCommand, untilVersion } from '../../net/index.ts';
import { IDLE, SaveStatus, saveStateFrom, type SaveState } from '../../ui/SaveState.tsx';
import { fromLocalInput, toLocalInput } from '../../ui/time.ts';
import { useDraft } from '../../ui/useDraft.ts';
import { SeverityPicker } from './SeverityPicker.tsx';
import { browserTimeZone } from '../../ui/timeZone.ts';

type Details = Pick<RetroInfo, 'title' | 'summary' | 'severity' | 'customerImpact' | 'impactStart' | 'impactEnd'> & { timeZone: string | null };

/** The facilitator's form for what happened: title, summary, severity, impact and its window. */
export function RetroDetailsForm({ retro }: { retro: RetroInfo }) {
  const ids = { title: useId(), summary: useId(), impact: useId(), start: useId(), end: useId(), hint: useId(), zone: useId() };
  const server: Details = {
    title: retro.title,
    summary: retro.summary,
    severity: retro.severity,
    customerImpact: retro.customerImpact,
    impactStart: retro.impactStart,
    impactEnd: retro.impactEnd,
    timeZone: retro.timeZone ?? null,
  };
  const draft = useDraft(server);
  const [save, setSave] = useState<SaveState>(IDLE);
  const findings = useBlameHints(draft.value.summary, 'card');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const changed = Object.fromEntries(
      (Object.keys(server) as (keyof Details)[])
        .filter((key) => draft.value[key] !== server[key])
        .map((key) => [key, draft.value[key]]),
    ) as Partial<Details>;
    if (Object.keys(changed).length === 0) return draft.discard();
    setSave({ kind: 'saving' });
    const ack = await sendCommand({ type: 'retro.update', ...changed }, { handleErrors: true });
    if (ack.ok) await untilVersion(ack.version);
    setSave(saveStateFrom(ack));
    if (ack.ok) draft.discard();
  }

  const v = draft.value;
  return (
    <form className="card form-grid" onSubmit={submit} aria-label="Incident details">
      <h3 className="card__title">Incident</h3>
      <div className="field">
        <label htmlFor={ids.title}>Title</label>
        <input id={ids.title} value={v.title} maxLength={LIMITS.title} onChange={(e) => draft.update({ title: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.summary}>Summary</label>
        <textarea
          id={ids.summary}
          rows={4}
          value={v.summary}
          maxLength={LIMITS.longText}
          placeholder="One paragraph: what happened, in plain words."
          aria-describedby={ids.hint}
          onChange={(e) => draft.update({ summary: e.target.value })}
        />
        <BlameHint id={ids.hint} findings={findings} text={v.summary} />
      </div>
      <SeverityPicker value={v.severity} onChange={(severity) => draft.update({ severity })} />
      <div className="field">
        <label htmlFor={ids.impact}>Customer impact</label>
        <textarea
          id={ids.impact}
          rows={3}
          value={v.customerImpact}
          maxLength={LIMITS.longText}
          placeholder="Who was affected, and how?"
          onChange={(e) => draft.update({ customerImpact: e.target.value })}
        />
      </div>
      <fieldset className="field-pair">
        <legend>Impact window (your local time)</legend>
        <div className="field">
          <label htmlFor={ids.start}>Impact started</label>
          <input
            id={ids.start}
            type="datetime-local"
            value={toLocalInput(v.impactStart)}
            onChange={(e) => draft.update({ impactStart: fromLocalInput(e.target.value) })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.end}>Impact ended</label>
          <input
            id={ids.end}
            type="datetime-local"
            value={toLocalInput(v.impactEnd)}
            onChange={(e) => draft.update({ impactEnd: fromLocalInput(e.target.value) })}
          />
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={ids.zone}>Incident time zone (for imported logs)</label>
        <input
          id={ids.zone}
          value={v.timeZone ?? ''}
          placeholder={browserTimeZone()}
          autoComplete="off"
          onChange={(e) => draft.update({ timeZone: e.target.value.trim() || null })}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={!draft.dirty}>
          Save incident details
        </button>
        {draft.dirty && (
          <button type="button" className="button" onClick={draft.discard}>
            Discard changes
          </button>
        )}
        <SaveStatus state={save} />
      </div>
    </form>
  );
}
