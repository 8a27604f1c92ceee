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

export function CopyButton({ text, label, ariaLabel, className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <button
      type="button"
      className={className ?? 'button'}
      aria-label={ariaLabel}
      onClick={() =>
        void (typeof text === 'string' ? Promise.resolve(text) : text())
          .then(copyText)
          .then((ok) => setState(ok ? 'copied' : 'failed'), () => setState('failed'))
      }
    >
      <span className="copy-button__label">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}</span>
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied' ? 'Copied to the clipboard' : ''}
      </span>
    </button>
  );
}
