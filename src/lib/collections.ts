/** Groups rows by a key, keeping each group in row order. */
export function groupBy<Row, Key>(rows: readonly Row[], keyOf: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Records keyed by id. */
export function byId<Item extends { id: string }>(items: readonly Item[]): Map<string, Item> {
  return new Map(items.map((item) => [item.id, item]));
}

/** The distinct defined values, in first-seen order. */
export function uniqueDefined<T>(values: readonly (T | undefined | null)[]): T[] {
  return [...new Set(values)].filter((value): value is T => value !== undefined && value !== null);
}

/** Splits a list into runs of at most `size` items (to stay under SQLite's parameter limit). */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size));
  return runs;
}

/**
 * `work` over all the items at once, or, if that throws, over each item alone, leaving out those it throws
 * on (and telling `onFailure` of each): one bad item (a row written outside the API that cannot be derived)
 * must not stop the rest. Returns what each call gave and the items it was given without throwing.
 */
export function allOrEach<Item, Result>(
  items: readonly Item[],
  work: (some: readonly Item[]) => Result,
  onFailure?: (item: Item, error: unknown) => void,
): { results: Result[]; done: Item[] } {
  try {
    return { results: [work(items)], done: [...items] };
  } catch {
    const results: Result[] = [];
    const done: Item[] = [];
    for (const item of items) {
      try {
        results.push(work([item]));
        done.push(item);
      } catch (error) {
        // Left out: its caller keeps it marked, and reads derive it (failing on it, as they would anyway).
        onFailure?.(item, error);
      }
    }
    return { results, done };
  }
}
