/**
 * Moves focus to an element once it is on screen: after an action, keyboard and screen-reader
 * users land on its result (a heading with tabIndex -1) instead of on <body>. The request is kept
 * in state, so the focus happens after React has rendered the element, not before.
 */
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

export function useFocusRequest<T extends HTMLElement>(): [RefObject<T>, () => void] {
  const ref = useRef<T>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) ref.current?.focus();
  }, [requests]);
  const request = useCallback(() => setRequests((n) => n + 1), []);
  return [ref, request];
}
