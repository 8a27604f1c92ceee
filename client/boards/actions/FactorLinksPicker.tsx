import { useId } from 'react';
import type { FactorView } from '../../../shared/protocol/view.ts';

interface FactorLinksPickerProps {
  factors: readonly FactorView[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Which contributing factors an action item addresses. */
export function FactorLinksPicker({ factors, selected, onChange }: FactorLinksPickerProps) {
  const base = useId();
  if (factors.length === 0) return null;
  return (
    <fieldset className="links-picker links-picker--open">
      <legend>Addresses these factors</legend>
      <ul className="links-picker__list">
        {factors.map((factor) => (
          <li key={factor.id} className="checkbox-field">
            <input
              id={`${base}-${factor.id}`}
              type="checkbox"
              checked={selected.includes(factor.id)}
              onChange={(e) => onChange(e.target.checked ? [...selected, factor.id] : selected.filter((id) => id !== factor.id))}
            />
            <label htmlFor={`${base}-${factor.id}`}>
              {factor.text}
              {factor.votes !== null && <span className="muted"> · {factor.votes} {factor.votes === 1 ? 'vote' : 'votes'}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
