import { z } from 'zod';
import { partyKinds } from '../../db/schema.js';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { partySortColumns } from '../../domain/parties/queries.js';
import { enumFilter, evidenceField, timestampFields } from '../../http/common.js';
import { pageParams, updatedSinceParam } from '../../http/list-params.js';

/** A party without its actors (see ../relations.ts for the Party the API serves). */
export const PartyRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(partyKinds).describe('What sort of actor the party is.'),
  description: z.string().nullable(),
  evidence: evidenceField,
  ...timestampFields,
});

export const PartyFiltersSchema = z.strictObject({
  kind: enumFilter(partyKinds, 'parties of this kind'),
  updatedSince: updatedSinceParam,
  ...pageParams(sortFieldsOf(partySortColumns)),
});
