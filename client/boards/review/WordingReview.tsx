import { useEffect, useState } from 'react';
import type { Finding } from '../../../shared/blame/types.ts';
import { loadChecker } from '../../blame/useBlameHints.ts';
import { useRetroStore } from '../../store/store.ts';
import { selectActions, selectFactors, selectTimeline } from '../../store/selectors.ts';

interface Flagged {
  id: string;
  text: string;
  finding: Finding;
}

/**
 * Before the post-mortem goes out: the blame checker over every card, factor and action item
 * that made it in, so wording that got past the hints while people typed is seen once more.
 * Advice only — the author or facilitator edits the card, or decides to keep it.
 */
export function WordingReview() {
  const timeline = useRetroStore(selectTimeline);
  const factors = useRetroStore(selectFactors);
  const actions = useRetroStore(selectActions);
  const [flagged, setFlagged] = useState<Flagged[] | null>(null);
  // A failed check is said as such: read as "nothing found", it would be an all-clear nobody gave.
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    loadChecker()
      .then((check) => {
        const texts = [
          ...timeline.map((card) => ({ id: card.id, text: card.text, context: 'card' as const })),
          ...factors.map((factor) => ({ id: factor.id, text: factor.text, context: 'factor' as const })),
          ...actions.map((action) => ({ id: action.id, text: `${action.title}. ${action.doneCriterion}`, context: 'action' as const })),
        ];
        const found = texts.flatMap(({ id, text, context }) => {
          const [finding] = check(text, { context });
          return finding ? [{ id, text, finding }] : [];
        });
        if (!cancelled) {
          setFlagged(found);
          setFailed(false);
        }
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [timeline, factors, actions, attempt]);

  if (failed) {
    return (
      <section className="card wording-review" aria-labelledby="wording-review-heading">
        <h3 id="wording-review-heading" className="section-title">Wording check</h3>
        <p className="warning" role="alert">
          The wording check could not run, so the cards, factors and action items have not been checked for blaming
          wording.
        </p>
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          Try the check again
        </button>
      </section>
    );
  }
  if (flagged === null) return null;
  return (
    <section className="card wording-review" aria-labelledby="wording-review-heading">
      <h3 id="wording-review-heading" className="section-title">Wording check</h3>
      {flagged.length === 0 ? (
        <p className="muted">No blaming wording found in the cards, factors or action items.</p>
      ) : (
        <>
          <p>
            {flagged.length === 1 ? 'One passage reads' : `${flagged.length} passages read`} as blame. Consider rewording
            {flagged.length === 1 ? ' it' : ' them'} before the post-mortem is shared:
          </p>
          <ul className="wording-review__list">
            {flagged.map(({ id, text, finding }) => (
              <li key={id}>
                <q>{text.slice(finding.start, finding.end)}</q> in “{text.length > 90 ? `${text.slice(0, 90)}…` : text}” — {finding.message}{' '}
                <span className="muted">Try: {finding.suggestion}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
