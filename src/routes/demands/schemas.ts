import { z } from 'zod';
import { examples } from '../../http/examples.js';
import { demandStatuses } from '../../db/schema.js';
import { enumFilter, idFilter } from '../../http/common.js';
import { includeParam } from '../embeds.js';
import { IssueSchema } from '../issues/schemas.js';
import { PartySchema } from '../parties/schemas.js';
import { ProposalSchema } from '../proposals/schemas.js';
import { ResponseRecordSchema } from '../responses/record.js';
import { DemandRecordSchema } from './record.js';
import { pageOf, pageParams, partialDateParam, updatedSinceParam } from '../pagination.js';

export const demandEmbeds = ['party', 'issue', 'proposal', 'responses'] as const;

export const DemandSchema = DemandRecordSchema.extend({
  party: PartySchema.optional().describe('The demanding party; with `include=party`.'),
  issue: IssueSchema.optional().describe('The issue; with `include=issue`.'),
  proposal: ProposalSchema.nullable().optional().describe('The proposal amended; with `include=proposal`.'),
  responses: z.array(ResponseRecordSchema).optional().describe('The responses answering the demand; with `include=responses`.'),
}).meta({ id: 'Demand', description: 'Something a party asks for, usually as an amendment to a proposal.', examples: [examples.demand] });

export const DemandPageSchema = pageOf(DemandSchema, 'DemandPage', examples.lists.demands);

export const demandSortFields = ['title', 'status', 'raisedOn', 'createdAt', 'updatedAt'] as const;

export const DemandFiltersSchema = z.strictObject({
  party: idFilter('Only demands made by this party id.', 'hamas'),
  issue: idFilter('Only demands on this issue id.', 'humanitarian-aid-channels'),
  proposal: idFilter('Only demands amending this proposal id.', 'truce-framework'),
  status: enumFilter(demandStatuses, 'demands with this status'),
  raisedFrom: partialDateParam('Only demands raised on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).'),
  raisedTo: partialDateParam('Only demands raised on or before this date.'),
  updatedSince: updatedSinceParam,
  include: includeParam(demandEmbeds),
  ...pageParams(demandSortFields),
});

export type Demand = z.infer<typeof DemandSchema>;
export type DemandFilters = z.output<typeof DemandFiltersSchema>;
