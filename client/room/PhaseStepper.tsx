import { PHASES } from '../../shared/domain/values.ts';
import { useRetroStore } from '../store/store.ts';
import { selectPhase } from '../store/selectors.ts';
import { PHASE_LABELS } from '../ui/phaseLabels.ts';

/** Where the retro is, for everyone. Only the facilitator moves it (FacilitatorBar). */
export function PhaseStepper() {
  const phase = useRetroStore(selectPhase);
  const current = PHASES.indexOf(phase);
  return (
    <nav className="stepper" aria-label="Retro phases">
      <ol className="stepper__list">
        {PHASES.map((step, index) => (
          <li
            key={step}
            className={`stepper__step${index < current ? ' stepper__step--done' : ''}${index === current ? ' stepper__step--current' : ''}`}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="stepper__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="stepper__label">{PHASE_LABELS[step]}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
