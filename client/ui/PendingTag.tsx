import { useRetroStore } from '../store/store.ts';
import { selectStatus } from '../store/selectors.ts';

/** Marks my change that the server has not confirmed yet, saying honestly why. */
export function PendingTag({ kind }: { kind: 'adding' | 'saving' }) {
  const live = useRetroStore(selectStatus) === 'live';
  const text = live ? (kind === 'adding' ? 'Sending…' : 'Saving…') : kind === 'adding' ? 'Waiting to send' : 'Waiting to save';
  return <span className="tag tag--pending">{text}</span>;
}
