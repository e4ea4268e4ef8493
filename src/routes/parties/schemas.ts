import { z } from 'zod';
import { partyKinds, partyRoles } from '../../db/schema.js';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { partySortColumns } from '../../domain/parties/queries.js';
import { asOfParam, enumFilter, evidenceField, hrefField, timestampFields } from '../../http/common.js';
import { pageParams, updatedSinceParam } from '../../http/list-params.js';

/** A party without its actors (see ../relations.ts for the Party the API serves). */
export const PartyRecordSchema = z.object({
  id: z.string(),
  href: hrefField,
  name: z.string(),
  kind: z.enum(partyKinds).describe('What sort of actor the party is.'),
  roles: z
    .array(z.enum(partyRoles))
    .describe(
      'Its part in the talks: `negotiating-party`, `mediator`, `host`, `guarantor`, or `subject` (what a demand is ' +
        'about, like the Gaza Humanitarian Foundation).',
    ),
  description: z.string().nullable(),
  evidence: evidenceField,
  ...timestampFields,
});

export const PartyFiltersSchema = z.strictObject({
  kind: enumFilter(partyKinds, 'parties of this kind'),
  role: enumFilter(partyRoles, 'parties with this role in the talks'),
  updatedSince: updatedSinceParam,
  asOf: asOfParam,
  ...pageParams(sortFieldsOf(partySortColumns)),
});
