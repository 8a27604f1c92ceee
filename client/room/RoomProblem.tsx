import { Wordmark } from '../ui/Wordmark.tsx';

interface RoomProblemProps {
  problem: 'not_found' | 'forbidden' | 'page_outdated' | 'server_outdated';
}

const TEXT = {
  not_found: {
    title: 'This retro does not exist',
    body: 'The link may be mistyped, or the retro was deleted by its facilitator. Ask whoever shared it for the current link.',
  },
  forbidden: {
    title: 'This facilitator link is not valid',
    body: 'The key in this link does not match the retro. Check that you copied the whole facilitator link — or open the join link to take part as a participant.',
  },
  page_outdated: {
    title: 'This page is out of date',
    body: 'Debrief was updated while this page was open. Reload the page to carry on; nothing you wrote is lost.',
  },
  server_outdated: {
    title: 'The server is being updated',
    body: 'This page is newer than the server it reached, which happens for a moment during an update. Reload the page in a minute.',
  },
} as const;

/**
 * A clear page for an unknown retro, a wrong facilitator link, or a page and server that no
 * longer speak the same protocol, instead of a spinner.
 */
export function RoomProblem({ problem }: RoomProblemProps) {
  const text = TEXT[problem];
  const joinPath = problem === 'forbidden' ? window.location.pathname : null;
  return (
    <div className="problem">
      <header className="start__header">
        <Wordmark />
      </header>
      <main className="problem__main card">
        <h1>{text.title}</h1>
        <p>{text.body}</p>
        <p className="problem__actions">
          {joinPath && (
            <a className="button" href={joinPath}>
              Join as a participant
            </a>
          )}
          <a className="button button--primary" href="/">
            Start a new retro
          </a>
        </p>
      </main>
    </div>
  );
}
