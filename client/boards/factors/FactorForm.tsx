import { useId, useRef, useState, type FormEvent } from 'react';
import { CATEGORIES, CATEGORY_LABELS, PROMPTS, PROMPT_LABELS, type Category, type Prompt } from '../../../shared/domain/values.ts';
import type { Issue } from '../../../shared/protocol/errors.ts';
import type { FactorView } from '../../../shared/protocol/view.ts';
import { CardTextField } from '../../blame/CardTextField.tsx';
import { checkCommand, issueFor, sendCommand } from '../../net/index.ts';
import { TimelineLinksPicker } from './TimelineLinksPicker.tsx';

interface FactorFormProps {
  factor?: FactorView;
  onDone?: () => void;
}

/** Adds or edits a contributing factor: the text, a category, a prompt it answers, linked cards. */
export function FactorForm({ factor, onDone }: FactorFormProps) {
  const ids = { category: useId(), prompt: useId() };
  const [text, setText] = useState(factor?.text ?? '');
  const [category, setCategory] = useState<Category>(factor?.category ?? 'process');
  const [prompt, setPrompt] = useState<Prompt | null>(factor?.prompt ?? null);
  const [links, setLinks] = useState<string[]>(factor?.timelineCardIds ?? []);
  const [issues, setIssues] = useState<Issue[]>([]);
  const textRef = useRef<HTMLTextAreaElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = { text, category, prompt, timelineCardIds: links };
    const draft = factor ? ({ type: 'factor.edit', factorId: factor.id, ...fields } as const) : ({ type: 'factor.add', ...fields } as const);
    const problems = checkCommand(draft);
    setIssues(problems);
    if (problems.length > 0) return;
    void sendCommand(draft);
    if (!factor) {
      setText('');
      setLinks([]);
      textRef.current?.focus();
    }
    onDone?.();
  }

  const textError = issueFor(issues, 'text');
  return (
    <form className={factor ? 'card-form card-form--inline' : 'card card-form'} onSubmit={submit} aria-label={factor ? 'Edit factor' : 'Add a contributing factor'} noValidate>
      <fieldset className="prompts">
        <legend>Which question does it answer?</legend>
        {PROMPTS.map((p) => (
          <label key={p} className={prompt === p ? 'prompt-choice prompt-choice--on' : 'prompt-choice'}>
            <input type="radio" name={ids.prompt} checked={prompt === p} onChange={() => setPrompt(p)} />
            {PROMPT_LABELS[p]}
          </label>
        ))}
        <label className={prompt === null ? 'prompt-choice prompt-choice--on' : 'prompt-choice'}>
          <input type="radio" name={ids.prompt} checked={prompt === null} onChange={() => setPrompt(null)} />
          Something else
        </label>
      </fieldset>
      <CardTextField
        label="Contributing factor"
        value={text}
        onChange={setText}
        context="factor"
        error={textError}
        placeholder="e.g. The deploy tool accepted a config that the staging check never saw"
        autoFocus={Boolean(factor)}
        textRef={textRef}
      />
      <div className="field">
        <label htmlFor={ids.category}>Category</label>
        <select id={ids.category} value={category} onChange={(e) => setCategory(e.target.value as Category)}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <TimelineLinksPicker selected={links} onChange={setLinks} />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {factor ? 'Save factor' : 'Add factor'}
        </button>
        {factor && (
          <button type="button" className="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
