/** KB dates: `29-MAR-1999` and `9-AUG-1989`. */

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `29-MAR-1999` -> `1999-03-29`; null unless it is a real calendar day written as D(D)-MON-YYYY. */
export function parseKbDate(raw: string): string | null {
  const match = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(raw.trim());
  if (!match) return null;
  const day = Number(match[1]);
  const month = MONTHS.indexOf(match[2]!.toUpperCase()) + 1;
  const year = Number(match[3]);
  if (month === 0 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `1999-03-29` -> `29 Mar 1999`: the one way the site shows a date (the ISO
 * form goes into `<time datetime>`). Unambiguous in every locale, unlike
 * 03/29/1999, and calmer than the KB's upper-case `29-MAR-1999`.
 */
export function displayDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${SHORT_MONTHS[Number(month) - 1]} ${year}`;
}
