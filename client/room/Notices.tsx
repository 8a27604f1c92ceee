import { useRetroStore } from '../store/store.ts';
import { selectNotices } from '../store/selectors.ts';

/**
 * Refusals nobody else shows (e.g. a card sent offline that the server refused later). The
 * text that did not make it is repeated, so what was typed is never silently lost.
 */
export function Notices() {
  const notices = useRetroStore(selectNotices);
  const dismiss = useRetroStore((s) => s.dismissNotice);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className="notice" role="alert">
          <p className="notice__message">{notice.message}</p>
          {notice.detail && <blockquote className="notice__detail">{notice.detail}</blockquote>}
          <button type="button" className="button button--small" onClick={() => dismiss(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
