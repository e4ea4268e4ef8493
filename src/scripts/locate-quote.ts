import { readFileSync } from 'node:fs';

/** Prints the `{ quote, start, end }` evidence entry for a verbatim quote in a source text file. */
const [file, quote] = process.argv.slice(2);
if (!file || !quote) {
  console.error('usage: npx tsx src/scripts/locate-quote.ts <source-file> "<exact quote>"');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const starts: number[] = [];
for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
if (starts.length === 0) {
  console.error("The quote does not appear in the text (check apostrophes and quotation marks: ’ is not ').");
  process.exit(1);
}
if (starts.length > 1)
  console.error(`The quote appears ${starts.length} times; the first is shown. Quote more words to pin it down.`);
const start = starts[0]!;
console.log(JSON.stringify({ quote, start, end: start + quote.length }));
