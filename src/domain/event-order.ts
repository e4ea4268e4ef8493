/**
 * Order the text gives without dates ("following the meeting"): each event that follows others is
 * placed just past the latest of them, or at its own report position when that is later. The
 * timeline reads these positions; events no sequence names keep their report position.
 */
import type { AppDatabase, WriteTransaction } from '../db/client.js';
import { eventOrder, type RecordType, sequences } from '../db/schema.js';
import { groupBy } from '../lib/collections.js';
import { reportPositions } from './chronology.js';

type Node = { type: RecordType; id: string };
const keyOf = (node: Node) => `${node.type}:${node.id}`;

/** The timeline position of every event a sequence names, in an order that respects every sequence. */
export function sequencedPositions(db: AppDatabase | WriteTransaction): Map<string, { node: Node; position: number }> {
  const edges = db.select().from(sequences).all();
  const nodes = new Map<string, Node>();
  const predecessors = new Map<string, string[]>();
  for (const edge of edges) {
    const before = { type: edge.beforeType, id: edge.beforeId };
    const after = { type: edge.afterType, id: edge.afterId };
    nodes.set(keyOf(before), before);
    nodes.set(keyOf(after), after);
    predecessors.set(keyOf(after), [...(predecessors.get(keyOf(after)) ?? []), keyOf(before)]);
  }
  const base = new Map<string, number>();
  for (const [type, ofType] of groupBy([...nodes.values()], (node) => node.type)) {
    const positions = reportPositions(
      db,
      type,
      ofType.map((node) => node.id),
    );
    for (const node of ofType) base.set(keyOf(node), positions.get(node.id) ?? Number.MAX_SAFE_INTEGER);
  }
  const placed = new Map<string, { node: Node; position: number }>();
  const visiting = new Set<string>();
  const place = (key: string): number => {
    const known = placed.get(key);
    if (known) return known.position;
    const own = base.get(key) ?? Number.MAX_SAFE_INTEGER;
    // A cycle (which the text cannot mean) is cut where it closes: the event keeps its own position.
    if (visiting.has(key)) return own;
    visiting.add(key);
    const after = Math.max(own, ...(predecessors.get(key) ?? []).map((before) => place(before) + 1));
    visiting.delete(key);
    placed.set(key, { node: nodes.get(key)!, position: after });
    return after;
  };
  for (const key of nodes.keys()) place(key);
  return placed;
}

/** Rewrites `event_order` from the sequences (within a write): rows only for events that moved. */
export function recomputeEventOrder(tx: WriteTransaction): void {
  tx.delete(eventOrder).run();
  for (const { node, position } of sequencedPositions(tx).values()) {
    const own = reportPositions(tx, node.type, [node.id]).get(node.id);
    if (own !== undefined && own !== position && position < Number.MAX_SAFE_INTEGER) {
      tx.insert(eventOrder).values({ recordType: node.type, recordId: node.id, position }).run();
    }
  }
}
