import { useEffect, useState } from 'react';

interface CopyButtonProps {
  /** The text, or a way to make it when clicked (for text whose code is loaded on demand). */
  text: string | (() => Promise<string>);
  label: string;
  /** Accessible name when the visible label alone is ambiguous. */
  ariaLabel?: string;
  className?: string;
}

/**
 * Copies text to the clipboard. The Clipboard API exists only in secure contexts, and a team
 * may run Debrief over plain http on a LAN, so there is a fallback through a hidden textarea.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the older way
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/**
 * Copies text that is made when clicked. Browsers allow a copy only during the click (Safari
 * strictly so), so where the Clipboard API takes a promised item the write starts at once and
 * the text follows; elsewhere the text is awaited first (its code is usually loaded by then).
 */
async function copyLater(make: () => Promise<string>): Promise<boolean> {
  if (window.isSecureContext && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const blob = make().then((text) => new Blob([text], { type: 'text/plain' }));
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
      return true;
    } catch {
      // A browser that refuses promised items: fall through with the text itself.
    }
  }
  return copyText(await make());
}

export function CopyButton({ text, label, ariaLabel, className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    const copied = typeof text === 'string' ? copyText(text) : copyLater(text);
    copied.then(
      (ok) => setState(ok ? 'copied' : 'failed'),
      (error: unknown) => {
        // A chunk that will not load (a deploy since the page opened) ends up here.
        console.warn('copy failed', error);
        setState('failed');
      },
    );
  };
  return (
    <button type="button" className={className ?? 'button'} aria-label={ariaLabel} onClick={copy}>
      <span className="copy-button__label">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}</span>
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied' ? 'Copied to the clipboard' : ''}
      </span>
    </button>
  );
}
