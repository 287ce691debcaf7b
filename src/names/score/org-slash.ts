/**
 * The names a slash separates. A slash between single letters belongs to an abbreviation
 * (A/S, S/A, d/b/a, c/o) and separates nothing: "Nordlys Denmark A/S" is one name.
 */
export function slashPieces(raw: string): string[] {
  const parts = raw.split(/(\s*\/\s*)/u);
  const pieces: string[] = [parts[0]!];
  for (let k = 2; k < parts.length; k += 2) {
    const prev = parts[k - 2]!;
    const piece = parts[k]!;
    if (parts[k - 1] === '/' && (LETTER_AT_END.test(prev) || LETTER_AT_START.test(piece))) pieces[pieces.length - 1] += `/${piece}`;
    else pieces.push(piece);
  }
  return pieces.filter((x) => /\p{L}/u.test(x));
}
const LETTER_AT_END = /(?:^|[^\p{L}\p{N}])\p{L}$/u;
const LETTER_AT_START = /^\p{L}(?:[^\p{L}\p{N}]|$)/u;
