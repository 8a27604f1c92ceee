import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Finding } from '../../../shared/blame/types.ts';
import { ACTION_KINDS, ACTION_KIND_LABELS, LIMITS, PRIORITIES, PRIORITY_LABELS, type ActionKind, type Priority } from '../../../shared/domain/values.ts';
import type { Issue } from '../../../shared/protocol/errors.ts';
import type { ActionItemView } from '../../../shared/protocol/view.ts';
import { useBlameHints } from '../../blame/useBlameHints.ts';
import { checkCommand, issueFor, sendCommand } from '../../net/index.ts';
import { useRetroStore } from '../../store/store.ts';
import { rankFactors, selectFactors } from '../../store/selectors.ts';
import { draftFrom, emptyDraft, fieldsOf, withPriority, type ActionDraft } from './actionDraft.ts';
import { FactorLinksPicker } from './FactorLinksPicker.tsx';
import { FieldFindings } from './FieldFindings.tsx';

/** The fields a blame refusal can point at, named as their labels read. */
const REFUSABLE_FIELDS: { field: Finding['field']; label: string }[] = [
  { field: 'title', label: 'Action' },
  { field: 'owner', label: 'Owning team or role' },
  { field: 'doneCriterion', label: 'Done when' },
];

function onePerMessage(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => !seen.has(finding.message) && seen.add(finding.message));
}

interface ActionItemFormProps {
  /** The item being edited; without it the form adds a new one. */
  action?: ActionItemView;
  /** A factor to link (from "Plan an action" on a top factor); the nonce makes repeats count. */
  linkRequest?: { factorId: string; nonce: number };
  onDone?: () => void;
}


/**
 * Every field of an action item. The server refuses an item that puts a named person on the
 * hook (`blame`); then the findings and suggested rewrite show next to the field, and what
 * was typed stays, so it can be reworded rather than retyped.
 */
export function ActionItemForm({ action, linkRequest, onDone }: ActionItemFormProps) {
  const ids = {
    title: useId(), kind: useId(), owner: useId(), priority: useId(), due: useId(),
    done: useId(), tracker: useId(), titleNote: useId(), ownerNote: useId(), doneNote: useId(),
  };
  const factors = rankFactors(useRetroStore(selectFactors));
  const [draft, setDraft] = useState<ActionDraft>(() => (action ? draftFrom(action) : emptyDraft()));
  const [issues, setIssues] = useState<Issue[]>([]);
  const [refused, setRefused] = useState<Finding[]>([]);
  const [state, setState] = useState<'idle' | 'saving' | { error: string }>('idle');
  const titleRef = useRef<HTMLInputElement>(null);
  const hints = {
    title: useBlameHints(draft.title, 'action'),
    owner: useBlameHints(draft.owner, 'owner'),
    done: useBlameHints(draft.doneCriterion, 'action'),
  };
  const update = (patch: Partial<ActionDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    // A refusal was about the old wording: once a refused field changes, its message goes.
    setRefused((current) => current.filter((finding) => !((finding.field ?? 'title') in patch)));
    setState((current) => (typeof current === 'object' ? 'idle' : current));
  };

  useEffect(() => {
    if (!linkRequest) return;
    setDraft((current) =>
      current.factorIds.includes(linkRequest.factorId) ? current : { ...current, factorIds: [...current.factorIds, linkRequest.factorId] },
    );
    titleRef.current?.focus();
  }, [linkRequest]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = fieldsOf(draft);
    const command = action ? ({ type: 'action.edit', actionId: action.id, ...fields } as const) : ({ type: 'action.add', ...fields } as const);
    const problems = checkCommand(command);
    setIssues(problems);
    setRefused([]);
    if (problems.length > 0) return;
    setState('saving');
    const ack = await sendCommand(command, { handleErrors: true });
    if (ack.ok) {
      setState('idle');
      if (!action) setDraft(emptyDraft());
      onDone?.();
      return;
    }
    setIssues(ack.error.issues ?? []);
    setRefused(ack.error.findings ?? []);
    setState({ error: ack.error.message });
  }

  // Each field says why once, however many findings share a message; the button only points here.
  const refusedFor = (field: Finding['field']) =>
    onePerMessage(refused.filter((f) => f.field === field || (!f.field && field === 'title')));
  const refusedFields = REFUSABLE_FIELDS.filter(({ field }) => refusedFor(field).length > 0).map(({ label }) => label);
  const describe = (note: string, error?: string) => (error ? `${note} ${note}-error` : note);
  const titleError = issueFor(issues, 'title');
  const ownerError = issueFor(issues, 'owner');
  const trackerError = issueFor(issues, 'trackerUrl');
  return (
    <form className={action ? 'card-form card-form--inline' : 'card card-form'} onSubmit={submit} aria-label={action ? 'Edit action item' : 'Add an action item'} noValidate>
      <div className="field">
        <label htmlFor={ids.title}>Action (start with a verb)</label>
        <input ref={titleRef} id={ids.title} value={draft.title} maxLength={LIMITS.title} placeholder="e.g. Add a confirmation step to production deploys"
          aria-invalid={titleError || refusedFor('title').length ? true : undefined} aria-describedby={describe(ids.titleNote, titleError)}
          onChange={(e) => update({ title: e.target.value })} />
        {titleError && <p id={`${ids.titleNote}-error`} className="field-error">Action {titleError}.</p>}
        <FieldFindings id={ids.titleNote} refused={refusedFor('title')} hints={hints.title} text={draft.title} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.kind}>Kind</label>
          <select id={ids.kind} value={draft.kind} onChange={(e) => update({ kind: e.target.value as ActionKind })}>
            {ACTION_KINDS.map((kind) => <option key={kind} value={kind}>{ACTION_KIND_LABELS[kind]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.owner}>Owning team or role</label>
          <input id={ids.owner} value={draft.owner} maxLength={LIMITS.owner} placeholder="e.g. Platform team"
            aria-invalid={ownerError || refusedFor('owner').length ? true : undefined} aria-describedby={describe(ids.ownerNote, ownerError)}
            onChange={(e) => update({ owner: e.target.value })} />
          {ownerError && <p id={`${ids.ownerNote}-error`} className="field-error">Owner {ownerError}.</p>}
          <FieldFindings id={ids.ownerNote} refused={refusedFor('owner')} hints={hints.owner} text={draft.owner} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.priority}>Priority</label>
          <select id={ids.priority} value={draft.priority} onChange={(e) => setDraft((d) => withPriority(d, e.target.value as Priority))}>
            {PRIORITIES.map((p) => <option key={p} value={p}>{PRIORITY_LABELS[p]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.due}>Due date</label>
          <input id={ids.due} type="date" value={draft.dueDate} onChange={(e) => update({ dueDate: e.target.value, dueDateTouched: true })} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.done}>Done when… (optional)</label>
        <textarea id={ids.done} rows={2} value={draft.doneCriterion} maxLength={LIMITS.cardText} placeholder="How will we know it is done?"
          aria-describedby={ids.doneNote} onChange={(e) => update({ doneCriterion: e.target.value })} />
        <FieldFindings id={ids.doneNote} refused={refusedFor('doneCriterion')} hints={hints.done} text={draft.doneCriterion} />
      </div>
      <div className="field">
        <label htmlFor={ids.tracker}>Tracker link (optional)</label>
        <input id={ids.tracker} type="url" inputMode="url" value={draft.trackerUrl} placeholder="https://…"
          aria-invalid={trackerError ? true : undefined} onChange={(e) => update({ trackerUrl: e.target.value })} />
        {trackerError && <p className="field-error">Tracker link {trackerError}.</p>}
      </div>
      <FactorLinksPicker factors={factors} selected={draft.factorIds} onChange={(factorIds) => update({ factorIds })} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={state === 'saving'}>
          {action ? 'Save action item' : 'Add action item'}
        </button>
        {action && <button type="button" className="button" onClick={onDone}>Cancel</button>}
        <span className={typeof state === 'object' ? 'save-status save-status--failed' : 'save-status'} aria-live="polite" data-testid="action-form-status">
          {state === 'saving'
            ? 'Saving… (kept and sent when you are back online)'
            : typeof state === 'object'
              ? refusedFields.length > 0
                ? `Not saved: see the note under ${refusedFields.join(' and ')}.`
                : state.error
              : ''}
        </span>
      </div>
    </form>
  );
}
