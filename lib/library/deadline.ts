/**
 * Commitment deadlines as periods: "2026" ends on 31 December 2026,
 * "2026-Q3" on 30 September, "2026-H1" on 30 June, "2024-06" on 30 June
 * 2024. A deadline has passed only when its whole period is over, so a
 * promise "by 2026" is not flagged on 1 January 2026. Pure.
 */

/** Where a deadline stands relative to today. */
export type Due = 'passed' | 'upcoming' | 'none';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const endOfMonth = (year: number, month: number) =>
  `${year}-${pad(month)}-${pad(lastDay(year, month))}`;

/**
 * The last day of a deadline's period.
 *
 * @param deadline - Normalised deadline: "2026", "2026-Q3", "2026-H2", "2026-06", "2026-12-31".
 * @return ISO date "YYYY-MM-DD", or null when it is not one of those forms.
 */
export function deadlineEnd(deadline: string): string | null {
  const d = deadline.trim();
  let m = /^(\d{4})$/.exec(d);
  if (m) return `${m[1]}-12-31`;
  m = /^(\d{4})-Q([1-4])$/i.exec(d);
  if (m) return endOfMonth(Number(m[1]), Number(m[2]) * 3);
  m = /^(\d{4})-H([12])$/i.exec(d);
  if (m) return endOfMonth(Number(m[1]), Number(m[2]) * 6);
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return endOfMonth(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month)) return d;
  }
  return null;
}

/**
 * Whether a deadline has passed.
 *
 * @param deadline - Normalised deadline, or undefined.
 * @param today - Today as "YYYY-MM-DD" (the user's calendar day).
 * @return `passed` once the period's last day is before today, `upcoming`
 *   before that, `none` without a (readable) deadline.
 */
export function dueState(deadline: string | undefined, today: string): Due {
  const end = deadline ? deadlineEnd(deadline) : null;
  if (!end) return 'none';
  return end < today ? 'passed' : 'upcoming';
}

/**
 * Today's date in the local calendar.
 *
 * @param now - The moment (defaults to now).
 * @return "YYYY-MM-DD".
 */
export function localDay(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
