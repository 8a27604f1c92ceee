import { useEffect, useState } from 'react';
import { useFocusReturn } from '../../ui/useFocusReturn.ts';
import { ACTION_KIND_LABELS } from '../../../shared/domain/values.ts';
import type { ActionItemView, FactorView } from '../../../shared/protocol/view.ts';
import { sendCommand } from '../../net/index.ts';
import { selectRetro } from '../../store/selectors.ts';
import { useRetroStore } from '../../store/store.ts';
import { CopyButton } from '../../ui/CopyButton.tsx';
import { ActionItemForm } from './ActionItemForm.tsx';
import { ActionStatusControl, STATUS_LABELS } from './ActionStatusControl.tsx';

interface ActionItemCardProps {
  action: ActionItemView;
  factors: readonly FactorView[];
  isFacilitator: boolean;
}

/** "Copy as issue" Markdown, in a chunk of its own; fetched once, the first time a card shows. */
let issueMarkdown: Promise<typeof import('../../../shared/export/issue.ts')> | null = null;
function loadIssueMarkdown() {
  issueMarkdown ??= import('../../../shared/export/issue.ts');
  // A failed fetch is not kept: the next click tries again.
  issueMarkdown.catch(() => (issueMarkdown = null));
  return issueMarkdown;
}

/** One action item with every field; anyone may edit it, the facilitator sets its status. */
export function ActionItemCard({ action, factors, isFacilitator }: ActionItemCardProps) {
  const [editing, setEditing] = useState(false);
  // Loaded before anyone clicks, so the copy happens while the click still allows it.
  useEffect(() => void loadIssueMarkdown().catch(() => undefined), []);
  const editButton = useFocusReturn(editing);
  const linked = factors.filter((factor) => action.factorIds.includes(factor.id));
  const retroTitle = useRetroStore(selectRetro)?.title ?? '';
  return (
    <li className="actions__item" data-testid="action-item">
      <article className={`action-card action-card--${action.status}`}>
        {editing ? (
          <ActionItemForm action={action} onDone={() => setEditing(false)} />
        ) : (
          <>
            <header className="action-card__header">
              <h3 className="action-card__title" data-testid="action-title">
                {action.title}
              </h3>
              <span className={`status status--${action.status}`} data-testid="action-status">
                {STATUS_LABELS[action.status]}
              </span>
            </header>
            <dl className="action-card__fields">
              <div><dt>Owner</dt><dd>{action.owner}</dd></div>
              <div><dt>Kind</dt><dd>{ACTION_KIND_LABELS[action.kind].split(' — ')[0]}</dd></div>
              <div><dt>Priority</dt><dd className={`priority priority--${action.priority}`}>{action.priority}</dd></div>
              <div><dt>Due</dt><dd>{action.dueDate ?? '—'}</dd></div>
            </dl>
            {action.carriedFrom && (
              <p className="action-card__carried muted small">Carried over from “{action.carriedFrom.title}”</p>
            )}
            {action.doneCriterion && <p className="action-card__done"><span className="muted">Done when: </span>{action.doneCriterion}</p>}
            {action.status === 'not-doing' && action.reason && <p className="action-card__reason"><span className="muted">Not doing, because: </span>{action.reason}</p>}
            {linked.length > 0 && (
              <ul className="linked-cards" aria-label="Addresses factors">
                {linked.map((factor) => <li key={factor.id}>{factor.text}</li>)}
              </ul>
            )}
            <div className="card-actions">
              {action.trackerUrl && <a href={action.trackerUrl} target="_blank" rel="noreferrer noopener">Tracker</a>}
              <CopyButton
                className="link-button"
                label="Copy as issue"
                ariaLabel={`Copy as issue: ${action.title}`}
                // The Markdown serialiser is not needed to show the board: it loads once the board is up.
                text={() => loadIssueMarkdown().then(({ actionAsIssue }) => actionAsIssue(action, linked.map((factor) => factor.text), retroTitle))}
              />
              <button ref={editButton} type="button" className="link-button" aria-label={`Edit action: ${action.title}`} onClick={() => setEditing(true)}>Edit</button>
              {isFacilitator && (
                <button type="button" className="link-button link-button--danger" aria-label={`Remove action: ${action.title}`}
                  onClick={() => void sendCommand({ type: 'action.remove', actionId: action.id })}>Remove</button>
              )}
            </div>
            {isFacilitator && <ActionStatusControl key={`${action.status}:${action.reason ?? ''}`} action={action} />}
          </>
        )}
      </article>
    </li>
  );
}
