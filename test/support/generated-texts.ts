/**
 * Texts of one to `longest` pieces, drawn by a fixed sequence (the same texts on every run):
 * for differential tests of a rewritten search against the pattern it replaced.
 */
export function* textsOf(pieces: string[], count: number, longest = 7): Generator<string> {
  let seed = 20261205;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
  for (let i = 0; i < count; i++) {
    let text = "";
    const length = 1 + Math.floor(next() * longest);
    for (let j = 0; j < length; j++) text += pieces[Math.floor(next() * pieces.length)];
    yield text;
  }
}

/** The texts on which a rewritten test answers otherwise than the one it replaced. */
export function differences(
  pieces: string[],
  now: (text: string) => unknown,
  before: (text: string) => unknown,
  longest = 7
): string[] {
  const differ: string[] = [];
  for (const text of textsOf(pieces, 50_000, longest))
    if (now(text) !== before(text)) differ.push(text);
  return differ;
}
