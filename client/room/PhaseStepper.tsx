import { PHASES, type Phase } from '../../shared/domain/values.ts';
import { useRetroStore } from '../store/store.ts';
import { selectIsFacilitator, selectPhase } from '../store/selectors.ts';
import { PHASE_LABELS } from '../ui/phaseLabels.ts';
import { useMoveToPhase } from './useMoveToPhase.tsx';

/**
 * Where the retro is, for everyone. The facilitator can also jump straight to any phase from
 * here (going back is allowed); everyone else just sees the steps.
 */
export function PhaseStepper() {
  const phase = useRetroStore(selectPhase);
  const isFacilitator = useRetroStore(selectIsFacilitator);
  const current = PHASES.indexOf(phase);
  const { moveTo, dialog } = useMoveToPhase();
  const content = (step: Phase, index: number) => (
    <>
      <span className="stepper__number" aria-hidden="true">
        {index + 1}
      </span>
      <span className="stepper__label">{PHASE_LABELS[step]}</span>
    </>
  );
  return (
    <nav className="stepper" aria-label="Retro phases">
      <ol className="stepper__list">
        {PHASES.map((step, index) => (
          <li
            key={step}
            className={`stepper__step${index < current ? ' stepper__step--done' : ''}${index === current ? ' stepper__step--current' : ''}`}
            aria-current={index === current ? 'step' : undefined}
          >
            {isFacilitator && index !== current ? (
              <button
                type="button"
                className="stepper__jump"
                aria-label={`Go to ${PHASE_LABELS[step]}`}
                onClick={() => moveTo(step)}
              >
                {content(step, index)}
              </button>
            ) : (
              content(step, index)
            )}
          </li>
        ))}
      </ol>
      {dialog}
    </nav>
  );
}
