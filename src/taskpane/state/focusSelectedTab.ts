/** Where focus goes when the bar that held it closes: the tab the user is on, never <body>. */
export function focusSelectedTab(): void {
  document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
}
