/**
 * Checks of FtM value types the model's JSON does not enforce by itself: phone numbers (E.164,
 * as FtM's `phone` type stores them) and e-mail addresses. Pure. A value that fails is never
 * written into a `phone` / `email` property; the export keeps it in `notes` instead.
 */

/**
 * A phone number in E.164 (`+442079460000`) from a list's spelling (`+44 20 7946 0000`,
 * `00442079460000`), or undefined. A number without a country prefix cannot be made E.164
 * without guessing the country, so it is refused.
 */
export function ftmPhone(value: string): string | undefined {
  const compact = value.trim().replace(/[\s().\-/]/g, '');
  const plus = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  return /^\+[1-9]\d{6,14}$/.test(plus) ? plus : undefined;
}

/** An e-mail address (one `@`, a dotted domain, no spaces), trimmed; undefined otherwise. */
export function ftmEmail(value: string): string | undefined {
  const v = value.trim().replace(/^mailto:/i, '');
  return /^[^@\s<>(),;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/.test(v) ? v : undefined;
}

/** The checked form of a value of `type`, or undefined when it is not one (other types pass through). */
export function checkedValue(type: string, value: string): string | undefined {
  if (type === 'phone') return ftmPhone(value);
  if (type === 'email') return ftmEmail(value);
  return value;
}
