import { useId, useRef, useState, type FormEvent } from 'react';
import { MARKERS, MARKER_LABELS, type Marker } from '../../../shared/domain/values.ts';
import type { Issue } from '../../../shared/protocol/errors.ts';
import type { TimelineCardView } from '../../../shared/protocol/view.ts';
import { CardTextField } from '../../blame/CardTextField.tsx';
import { checkCommand, issueFor, sendCommand } from '../../net/index.ts';
import { fromLocalInput, toLocalInput } from '../../ui/time.ts';

interface TimelineCardFormProps {
  /** The card being edited; without it the form adds a new card. */
  card?: TimelineCardView;
  onDone?: () => void;
}

/**
 * Adds or edits a timeline card. Sending never waits for the network: the command is queued
 * (and shown as pending) at once, so writing offline works the same as online.
 */
export function TimelineCardForm({ card, onDone }: TimelineCardFormProps) {
  const ids = { at: useId(), marker: useId(), url: useId() };
  const [text, setText] = useState(card?.text ?? '');
  const [at, setAt] = useState(toLocalInput(card?.at ?? null));
  const [marker, setMarker] = useState<Marker | ''>(card?.marker ?? '');
  const [evidenceUrl, setEvidenceUrl] = useState(card?.evidenceUrl ?? '');
  const [issues, setIssues] = useState<Issue[]>([]);
  const textRef = useRef<HTMLTextAreaElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      text,
      at: fromLocalInput(at),
      marker: marker || null,
      evidenceUrl: evidenceUrl.trim() || null,
    };
    const draft = card ? ({ type: 'timeline.edit', cardId: card.id, ...fields } as const) : ({ type: 'timeline.add', ...fields } as const);
    const problems = checkCommand(draft);
    setIssues(problems);
    if (problems.length > 0) return;
    void sendCommand(draft);
    if (!card) {
      setText('');
      setAt('');
      setMarker('');
      setEvidenceUrl('');
      // Ready for the next card without reaching for the mouse.
      textRef.current?.focus();
    }
    onDone?.();
  }

  const textError = issueFor(issues, 'text');
  const urlError = issueFor(issues, 'evidenceUrl');
  const label = card ? 'Edit timeline card' : 'Add a timeline card';
  return (
    <form className={card ? 'card-form card-form--inline' : 'card card-form'} onSubmit={submit} aria-label={label} noValidate>
      <CardTextField
        label={card ? 'What happened' : 'What happened?'}
        value={text}
        onChange={setText}
        context="card"
        error={textError}
        placeholder="e.g. Error rate alert fired for checkout-api"
        rows={card ? 2 : 3}
        autoFocus={Boolean(card)}
        textRef={textRef}
      />
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.at}>Time (local, optional)</label>
          <input id={ids.at} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.marker}>Marker (optional)</label>
          <select id={ids.marker} value={marker} onChange={(e) => setMarker(e.target.value as Marker | '')}>
            <option value="">No marker</option>
            {MARKERS.map((m) => (
              <option key={m} value={m}>
                {MARKER_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.url}>Evidence link (optional)</label>
        <input
          id={ids.url}
          type="url"
          inputMode="url"
          value={evidenceUrl}
          placeholder="https://…"
          aria-invalid={urlError ? true : undefined}
          onChange={(e) => setEvidenceUrl(e.target.value)}
        />
        {urlError && <p className="field-error">Evidence link {urlError}.</p>}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {card ? 'Save card' : 'Add card'}
        </button>
        {card && (
          <button type="button" className="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
