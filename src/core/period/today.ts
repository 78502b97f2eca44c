/**
 * Today as an ISO date in the user's own calendar: "overdue" means what the wall calendar says, so
 * this reads local time, unlike the UTC arithmetic of `parse/dates`. The clock is a parameter, so a
 * test or a host can say which day it is.
 */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
