/** The sentences of a text: runs ending in . ! or ? followed by space or the end, with their offsets. */
export function sentencesOf(text: string): { start: number; end: number; text: string }[] {
  const sentences: { start: number; end: number; text: string }[] = [];
  for (const match of text.matchAll(/\S[\s\S]*?[.!?](?=\s|$)/g)) {
    sentences.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return sentences;
}

/**
 * How much of a text the evidence covers: a sentence is covered when every one of its words lies
 * inside some quote. Returns the counts and the uncovered sentences.
 */
export function sentenceCoverage(text: string, quotes: readonly { start: number; end: number }[]) {
  const covered = new Uint8Array(text.length);
  for (const { start, end } of quotes) covered.fill(1, start, end);
  const sentences = sentencesOf(text);
  const uncovered = sentences.filter((sentence) =>
    [...sentence.text.matchAll(/[\p{L}\p{N}]+/gu)].some((word) => {
      const at = sentence.start + word.index;
      return covered.subarray(at, at + word[0].length).includes(0);
    }),
  );
  return {
    total: sentences.length,
    covered: sentences.length - uncovered.length,
    uncovered: uncovered.map((s) => s.text),
  };
}
