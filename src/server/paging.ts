/**
 * Cursors of the routes that page by one key (designations by source id): opaque base64url text
 * the API gives out as `next_cursor` and in a `Link: <…>; rel="next"` header.
 */
import { LeverageError } from '../domain/errors.ts';

export function encodeKeyCursor(key: string): string {
  return Buffer.from(JSON.stringify([key])).toString('base64url');
}

/** The key of a cursor; `invalid_value` naming `cursor` when it is not one this API gave out. */
export function decodeKeyCursor(cursor: string): string {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 1 && typeof v[0] === 'string') return v[0];
  } catch {
    // falls through to the error below
  }
  throw new LeverageError('invalid_value', 'cursor is not one this API gave out', {
    location: { column: 'cursor' },
    expected: 'the next_cursor of a previous page',
  });
}

/** The request's URL with `cursor` set (the next page's link). */
export function withCursor(url: string, cursor: string): string {
  const u = new URL(url, 'http://x');
  u.searchParams.set('cursor', cursor);
  return u.pathname + u.search;
}
