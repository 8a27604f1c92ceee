import { useId, useState, type FormEvent } from 'react';
import { LIMITS } from '../../shared/domain/values.ts';
// Straight from api.ts, not the net barrel: the front door must not pull in the socket code.
import { createRetro, type FollowUpOf } from '../net/api.ts';
import { navigate } from '../route.ts';
import { Wordmark } from '../ui/Wordmark.tsx';
import { MyRetros } from './MyRetros.tsx';
import { listMyRetros, parseFacilitatorLink, rememberCreated } from './myRetros.ts';

/** The follow-up picker's value for "a retro not in my list: paste its facilitator link". */
const OTHER = 'other';

/**
 * The front door: one sentence about Debrief, a title, and "Start a retro". Creating one takes
 * the facilitator to their room with the key in the fragment (`/r/<id>#key=…`), which is the
 * facilitator link — the page's own address.
 */
export function StartPage() {
  const titleId = useId();
  const errorId = useId();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { followUp: useId(), link: useId() };
  const [mine] = useState(() => listMyRetros());
  const [followUp, setFollowUp] = useState('');
  const [link, setLink] = useState('');

  /** The earlier retro to follow up on, null for none, or an error message. */
  function earlierRetro(): FollowUpOf | null | string {
    if (followUp === '') return null;
    if (followUp === OTHER) return parseFacilitatorLink(link) ?? 'Paste the earlier retro’s facilitator link (it ends in #key=…).';
    const picked = mine.find((retro) => retro.id === followUp);
    return picked ? { id: picked.id, facilitatorKey: picked.facilitatorKey } : null;
  }

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError('Give the retro a title, e.g. the incident it is about.');
      return;
    }
    const earlier = earlierRetro();
    if (typeof earlier === 'string') {
      setError(earlier);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await createRetro(title.trim(), fetch, earlier ?? undefined);
      rememberCreated({ id: created.id, title: title.trim(), facilitatorKey: created.facilitatorKey, createdAt: new Date().toISOString() });
      navigate(`/r/${created.id}#key=${encodeURIComponent(created.facilitatorKey)}`);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'Could not start the retro.');
      setBusy(false);
    }
  }

  return (
    <div className="start">
      <header className="start__header">
        <Wordmark />
      </header>
      <main className="start__main">
        <h1 className="start__title">Blameless incident retrospectives, live and anonymous.</h1>
        <p className="start__lede">
          Rebuild the timeline together, name what made the incident possible, vote on what matters most and leave with
          action items owned by teams — and a post-mortem in Markdown. Nobody needs an account, and nothing anyone
          writes carries their name.
        </p>
        <form className="start__form card" onSubmit={start} noValidate>
          <label htmlFor={titleId}>Retro title</label>
          <input
            id={titleId}
            name="title"
            value={title}
            maxLength={LIMITS.title}
            placeholder="e.g. Checkout errors after the 14:00 deploy"
            onChange={(event) => setTitle(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            autoComplete="off"
          />
          <label htmlFor={ids.followUp}>Follows up on (optional)</label>
          <select id={ids.followUp} value={followUp} onChange={(event) => setFollowUp(event.target.value)}>
            <option value="">No earlier retro</option>
            {mine.map((retro) => (
              <option key={retro.id} value={retro.id}>
                {retro.title}
              </option>
            ))}
            <option value={OTHER}>Another retro: paste its facilitator link</option>
          </select>
          {followUp === OTHER && (
            <>
              <label htmlFor={ids.link}>Facilitator link of the earlier retro</label>
              <input id={ids.link} value={link} onChange={(event) => setLink(event.target.value)} autoComplete="off" placeholder="https://…/r/…#key=…" />
            </>
          )}
          {followUp !== '' && (
            <p className="muted small">Its action items that are not done yet start this retro, under “Follow-up on earlier actions”.</p>
          )}
          {error && (
            <p id={errorId} className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Starting…' : 'Start a retro'}
          </button>
        </form>
        <MyRetros retros={mine} />
        <ol className="start__steps" aria-label="How a retro goes">
          <li>Share the join link — people join anonymously.</li>
          <li>Rebuild the timeline and name contributing factors.</li>
          <li>Dot-vote, then turn the top factors into action items.</li>
          <li>Export the post-mortem.</li>
        </ol>
      </main>
    </div>
  );
}
