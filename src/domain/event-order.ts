/**
 * Order the text gives without dates ("following the meeting"): each event that follows others is
 * placed just past the latest of them, or at its own report position when that is later. The
 * timeline reads these positions; events no sequence names keep their report position.
 */
import { and, eq } from 'drizzle-orm';
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

/**
 * Brings `event_order` in line with the sequences (within a write): rows only for events that moved,
 * and only rows that differ are written, so the positions stored for the rest are not refreshed for nothing.
 */
export function recomputeEventOrder(tx: WriteTransaction): void {
  const wanted = new Map<string, { recordType: RecordType; recordId: string; position: number }>();
  for (const { node, position } of sequencedPositions(tx).values()) {
    const own = reportPositions(tx, node.type, [node.id]).get(node.id);
    if (own !== undefined && own !== position && position < Number.MAX_SAFE_INTEGER) {
      wanted.set(keyOf(node), { recordType: node.type, recordId: node.id, position });
    }
  }
  for (const row of tx.select().from(eventOrder).all()) {
    const key = keyOf({ type: row.recordType, id: row.recordId });
    const kept = wanted.get(key);
    if (kept?.position === row.position) wanted.delete(key);
    else if (!kept) {
      tx.delete(eventOrder)
        .where(and(eq(eventOrder.recordType, row.recordType), eq(eventOrder.recordId, row.recordId)))
        .run();
    }
  }
  for (const row of wanted.values()) {
    tx.insert(eventOrder)
      .values(row)
      .onConflictDoUpdate({ target: [eventOrder.recordType, eventOrder.recordId], set: { position: row.position } })
      .run();
  }
}
