/** Where focus goes when the bar that held it closes: the tab the user is on, never <body>. */
export function focusSelectedTab(): void {
  (document.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement | null)?.focus();
}
