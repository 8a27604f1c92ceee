import { useId } from 'react';
import { SEVERITIES, SEVERITY_DEFINITIONS, type Severity } from '../../../shared/domain/values.ts';

interface SeverityPickerProps {
  value: Severity | null;
  onChange: (severity: Severity | null) => void;
}

/** Severity as radio buttons, each with its definition, so the choice is made on the same terms. */
export function SeverityPicker({ value, onChange }: SeverityPickerProps) {
  const name = useId();
  return (
    <fieldset className="severity">
      <legend>Severity</legend>
      <div className="severity__options">
        {SEVERITIES.map((severity) => (
          <label key={severity} className={value === severity ? 'severity__option severity__option--on' : 'severity__option'}>
            <input
              type="radio"
              name={name}
              value={severity}
              checked={value === severity}
              onChange={() => onChange(severity)}
            />
            <span className={`sev-badge sev-badge--${severity.toLowerCase()}`}>{severity}</span>
            <span className="severity__definition">{SEVERITY_DEFINITIONS[severity]}</span>
          </label>
        ))}
        <label className={value === null ? 'severity__option severity__option--on' : 'severity__option'}>
          <input type="radio" name={name} value="" checked={value === null} onChange={() => onChange(null)} />
          <span className="sev-badge">—</span>
          <span className="severity__definition">Not decided yet</span>
        </label>
      </div>
    </fieldset>
  );
}
