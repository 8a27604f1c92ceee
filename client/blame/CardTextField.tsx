import { useId, type Ref } from 'react';
import { LIMITS } from '../../shared/domain/values.ts';
import type { CheckContext } from '../../shared/blame/types.ts';
import { BlameHint } from './BlameHint.tsx';
import { useBlameHints } from './useBlameHints.ts';

interface CardTextFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** Which kind of text this is, for the blame checker's hints (never blocking here). */
  context: Extract<CheckContext, 'card' | 'factor'>;
  error?: string;
  placeholder?: string;
  rows?: number;
  autoFocus?: boolean;
  textRef?: Ref<HTMLTextAreaElement>;
}

/** The text of a card or factor: the field, its validation message and the blame hint under it. */
export function CardTextField({ label, value, onChange, context, error, placeholder, rows = 3, autoFocus, textRef }: CardTextFieldProps) {
  const ids = { text: useId(), hint: useId(), error: useId() };
  const findings = useBlameHints(value, context);
  return (
    <div className="field">
      <label htmlFor={ids.text}>{label}</label>
      <textarea
        ref={textRef}
        id={ids.text}
        autoFocus={autoFocus}
        rows={rows}
        value={value}
        maxLength={LIMITS.cardText}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${ids.hint}${error ? ` ${ids.error}` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={ids.error} className="field-error">
          {error}
        </p>
      )}
      <BlameHint id={ids.hint} findings={findings} text={value} />
    </div>
  );
}
