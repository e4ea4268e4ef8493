import { z } from 'zod';
import { examples } from '../../http/examples.js';
import { demandStatuses } from '../../db/schema.js';
import { DatePrecisionSchema, PartialDateSchema, enumFilter, evidenceField, idFilter, timestampFields } from '../../http/common.js';
import { pageOf, pageParams, partialDateParam, updatedSinceParam } from '../pagination.js';

export const DemandStatusSchema = z
  .enum(demandStatuses)
  .meta({ id: 'DemandStatus', description: 'Where the demand stands: open until answered, then accepted, rejected, …' });

export const DemandSchema = z
  .object({
    id: z.string(),
    partyId: z.string().describe('The party making the demand.'),
    proposalId: z.string().nullable().describe('The proposal the demand would amend, if any.'),
    issueId: z.string().describe('The issue the demand is about.'),
    title: z.string(),
    summary: z.string().describe('What the party asks for.'),
    rationale: z.string().nullable().describe('The party’s stated reason, as the source reports it; null when none is given.'),
    status: DemandStatusSchema,
    raisedOn: PartialDateSchema.describe('When the demand was raised; null when the source does not say.'),
    raisedOnPrecision: DatePrecisionSchema,
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({ id: 'Demand', description: 'Something a party asks for, usually as an amendment to a proposal.', examples: [examples.demand] });

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
  ...pageParams(demandSortFields),
});

export type Demand = z.infer<typeof DemandSchema>;
export type DemandFilters = z.output<typeof DemandFiltersSchema>;
