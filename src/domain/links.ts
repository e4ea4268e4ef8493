import type { RecordType } from '../db/schema.js';

/** The collection each record type is served from: part of the API's public URLs. */
export const collectionOf: Record<RecordType, string> = {
  source: 'sources',
  party: 'parties',
  actor: 'actors',
  issue: 'issues',
  proposal: 'proposals',
  demand: 'demands',
  response: 'responses',
  meeting: 'meetings',
  reason: 'reasons',
  statement: 'statements',
};

/** Where the API serves a record. */
export function recordHref(type: RecordType, id: string): string {
  return `/v1/${collectionOf[type]}/${id}`;
}
