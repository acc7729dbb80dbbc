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
