import type { CSSProperties } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** Aligned table cells get a class instead of an inline style (the page's CSP is style-src 'self'). */
const alignClass = (style: CSSProperties | undefined) => (style?.textAlign ? `align-${style.textAlign}` : undefined);

const components: Components = {
  // A table scrolls sideways in its own box, so its columns keep a readable width on a phone.
  table: ({ node: _node, ...props }) => (
    <div className="table-scroll">
      <table {...props} />
    </div>
  ),
  th: ({ node: _node, style, ...props }) => <th {...props} className={alignClass(style)} />,
  td: ({ node: _node, style, ...props }) => <td {...props} className={alignClass(style)} />,
};

/**
 * The exported Markdown, rendered. Raw HTML in it is skipped, not rendered (no rehype-raw), and
 * react-markdown drops unsafe link protocols — card text can never become live markup here.
 */
export function PostMortemPreview({ markdown }: { markdown: string }) {
  return (
    <div className="post-mortem prose" data-testid="post-mortem">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
