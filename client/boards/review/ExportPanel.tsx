import { lazy, Suspense, useEffect, useState } from 'react';
import { useMediaQuery } from '../../ui/useMediaQuery.ts';
import { requestExport } from '../../net/index.ts';
import { useRetroStore } from '../../store/store.ts';
import { selectStatus } from '../../store/selectors.ts';
import { ChunkErrorBoundary } from '../../ui/ChunkErrorBoundary.tsx';
import { CopyButton } from '../../ui/CopyButton.tsx';
import { downloadText } from './download.ts';

// The Markdown renderer is only needed in review: loaded then, it stays off the first page.
const PostMortemPreview = lazy(() => import('./PostMortemPreview.tsx').then((m) => ({ default: m.PostMortemPreview })));

/** Phone widths, as in styles/phone.css. */
const NARROW = '(max-width: 40rem)';

type Loaded = { kind: 'loading' } | { kind: 'ready'; content: string; fileName: string } | { kind: 'failed'; message: string };

/**
 * The post-mortem, as the server renders it for this viewer, with download and copy. It is
 * fetched again whenever the retro changes (e.g. an action item's status), so what you
 * download is what you see.
 */
export function ExportPanel() {
  const version = useRetroStore((s) => s.version);
  const live = useRetroStore(selectStatus) === 'live';
  const [markdown, setMarkdown] = useState<Loaded>({ kind: 'loading' });
  const [jsonError, setJsonError] = useState<string | null>(null);
  // The review's own panels already show the summary and key moments; on a phone, showing them
  // again in the preview makes a very long page, so there it stays folded until asked for.
  const narrow = useMediaQuery(NARROW);
  const [openedByHand, setOpenedByHand] = useState<boolean | null>(null);
  const previewOpen = openedByHand ?? !narrow;

  useEffect(() => {
    if (!live) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void requestExport('md').then((answer) => {
        if (cancelled) return;
        setMarkdown(answer.ok ? { kind: 'ready', content: answer.content, fileName: answer.fileName } : { kind: 'failed', message: answer.error.message });
      });
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [version, live]);

  /** The whole retro as JSON, or its action items as CSV for a tracker's importer. */
  async function download(format: 'json' | 'csv') {
    setJsonError(null);
    const answer = await requestExport(format);
    if (answer.ok) downloadText(answer.content, answer.fileName, format === 'json' ? 'application/json' : 'text/csv');
    else setJsonError(answer.error.message);
  }

  return (
    <section className="card export" aria-labelledby="export-heading">
      <div className="export__header">
        <h3 id="export-heading" className="card__title">Post-mortem</h3>
        <div className="export__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={markdown.kind !== 'ready'}
            onClick={() => markdown.kind === 'ready' && downloadText(markdown.content, markdown.fileName, 'text/markdown')}
          >
            Download .md
          </button>
          <CopyButton text={markdown.kind === 'ready' ? markdown.content : ''} label="Copy Markdown" />
          <button type="button" className="button" onClick={() => void download('json')} disabled={!live}>
            Download JSON
          </button>
          <button type="button" className="button" onClick={() => void download('csv')} disabled={!live}>
            Action items .csv
          </button>
        </div>
      </div>
      {jsonError && <p className="field-error" role="alert">{jsonError}</p>}
      {markdown.kind === 'loading' && <p className="muted" aria-busy="true">Preparing the post-mortem…</p>}
      {markdown.kind === 'failed' && <p className="field-error" role="alert">The post-mortem could not be made: {markdown.message}</p>}
      {markdown.kind === 'ready' && (
        <details
          className="export__preview"
          open={previewOpen}
          onToggle={(event) => {
            // Also fired when `open` follows the screen width; only a person's toggle sticks.
            if (event.currentTarget.open !== previewOpen) setOpenedByHand(event.currentTarget.open);
          }}
        >
          <summary className="export__preview-toggle">Preview the post-mortem as downloaded</summary>
          {previewOpen && (
            <ChunkErrorBoundary>
              <Suspense fallback={<p className="muted">Rendering the post-mortem…</p>}>
                <PostMortemPreview markdown={markdown.content} />
              </Suspense>
            </ChunkErrorBoundary>
          )}
        </details>
      )}
    </section>
  );
}
