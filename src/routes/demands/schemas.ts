import { z } from 'zod';
import { demandStatuses } from '../../db/schema.js';
import { demandSortColumns } from '../../domain/demands/queries.js';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { demandEmbeds } from '../../domain/relations.js';
import {
  asOfParam,
  contestedField,
  DatePrecisionSchema,
  enumFilter,
  evidenceField,
  hrefField,
  idFilter,
  PartialDateSchema,
  timestampFields,
} from '../../http/common.js';
import { examples, withoutReasons } from '../../http/examples.js';
import { includeParam, pageParams, partialDateParam, updatedSinceParam } from '../../http/list-params.js';
export const DemandStatusSchema = z.enum(demandStatuses).meta({
  id: 'DemandStatus',
  description:
    'Where the demand stands for the party that raised it: `pressed` while it still pushes for it (whatever the ' +
    'other side answered: see the responses), then `accepted`, `partially-accepted`, `withdrawn`, `dropped` or ' +
    '`superseded`.',
});

export const DemandRecordSchema = z
  .object({
    id: z.string(),
    href: hrefField,
    partyId: z.string().describe('The party making the demand.'),
    proposalId: z.string().nullable().describe('The proposal the demand would amend, if any.'),
    issueId: z.string().describe('The issue the demand is about.'),
    title: z.string(),
    summary: z.string().describe('What the party asks for.'),
    status: DemandStatusSchema,
    contested: contestedField,
    raisedOn: PartialDateSchema.describe('When the demand was raised; null when the source does not say.'),
    raisedOnPrecision: DatePrecisionSchema,
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({
    id: 'DemandRecord',
    description: 'A demand without embedded related records.',
    examples: [withoutReasons(examples.demand)],
  });

export const DemandFiltersSchema = z.strictObject({
  party: idFilter('Only demands made by this party id.', 'hamas'),
  issue: idFilter('Only demands on this issue id.', 'humanitarian-aid-channels'),
  proposal: idFilter('Only demands amending this proposal id.', 'truce-framework'),
  status: enumFilter(demandStatuses, 'demands with this status'),
  raisedFrom: partialDateParam('Only demands raised on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).'),
  raisedTo: partialDateParam('Only demands raised on or before this date.'),
  updatedSince: updatedSinceParam,
  asOf: asOfParam,
  include: includeParam(demandEmbeds),
  ...pageParams(sortFieldsOf(demandSortColumns)),
});
