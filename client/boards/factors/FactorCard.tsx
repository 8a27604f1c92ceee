import { useState } from 'react';
import { PendingTag } from '../../ui/PendingTag.tsx';
import { useFocusReturn } from '../../ui/useFocusReturn.ts';
import { PROMPT_LABELS } from '../../../shared/domain/values.ts';
import type { FactorView } from '../../../shared/protocol/view.ts';
import { sendCommand } from '../../net/index.ts';
import { CategoryBadge } from './CategoryBadge.tsx';
import { FactorForm } from './FactorForm.tsx';
import { LinkedCards } from './LinkedCards.tsx';
import { MergeControl } from './MergeControl.tsx';
import type { DisplayFactor } from './useDisplayFactors.ts';

interface FactorCardProps {
  factor: DisplayFactor;
  /** Other visible factors, for the facilitator's merge. */
  others: readonly FactorView[];
  isFacilitator: boolean;
}

export function FactorCard({ factor, others, isFacilitator }: FactorCardProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useFocusReturn(editing);
  const canChange = factor.pending !== 'adding' && (factor.mine || isFacilitator);
  return (
    <li className="factors__item" data-testid="factor-card">
      <article className={factor.pending ? 'factor-card factor-card--pending' : 'factor-card'}>
        <header className="factor-card__meta">
          <CategoryBadge category={factor.category} />
          {factor.prompt && <span className="tag tag--prompt">{PROMPT_LABELS[factor.prompt]}</span>}
          {factor.private && <span className="tag">Only you can see this</span>}
          {factor.mine && !factor.private && <span className="tag tag--quiet">Yours</span>}
          {factor.pending && <PendingTag kind={factor.pending} />}
        </header>
        {editing ? (
          <FactorForm factor={factor} onDone={() => setEditing(false)} />
        ) : (
          <>
            <p className="factor-card__text" data-testid="factor-text">
              {factor.text}
            </p>
            <LinkedCards ids={factor.timelineCardIds} />
            {canChange && (
              <div className="card-actions">
                <button ref={editButton} type="button" className="link-button" aria-label={`Edit factor: ${factor.text}`} onClick={() => setEditing(true)}>
                  Edit
                </button>
                <button
                  type="button"
                  className="link-button link-button--danger"
                  aria-label={`Remove factor: ${factor.text}`}
                  onClick={() => void sendCommand({ type: 'factor.remove', factorId: factor.id })}
                >
                  Remove
                </button>
              </div>
            )}
            {isFacilitator && !factor.pending && <MergeControl source={factor} others={others} />}
          </>
        )}
      </article>
    </li>
  );
}
