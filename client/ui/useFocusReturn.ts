import { useEffect, useRef } from 'react';

/**
 * When an inline editor closes, focus would fall back to the page; put it back on the button
 * that opened the editor, so keyboard users keep their place.
 */
export function useFocusReturn(open: boolean) {
  const trigger = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return trigger;
}
