import { z } from 'zod';
import { examples } from '../../http/examples.js';
import { proposalStatuses } from '../../db/schema.js';
import { enumFilter, evidenceField, idFilter, timestampFields } from '../../http/common.js';
import { pageOf, pageParams, updatedSinceParam } from '../pagination.js';

export const ProposalSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    proposedByPartyId: z.string().nullable().describe('Who tabled the proposal; null when the source does not say.'),
    pauseDurationDays: z.int().nullable().describe('Length of the pause in fighting the proposal provides for, in days.'),
    status: z.enum(proposalStatuses),
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({ id: 'Proposal', description: 'A framework or draft on the table, which demands may seek to amend.', examples: [examples.proposal] });

export const ProposalPageSchema = pageOf(ProposalSchema, 'ProposalPage', examples.lists.proposals);

export const proposalSortFields = ['title', 'status', 'createdAt', 'updatedAt'] as const;

export const ProposalFiltersSchema = z.strictObject({
  status: enumFilter(proposalStatuses, 'proposals with this status'),
  party: idFilter('Only proposals tabled by this party id.', 'israel'),
  updatedSince: updatedSinceParam,
  ...pageParams(proposalSortFields),
});

export type Proposal = z.infer<typeof ProposalSchema>;
export type ProposalFilters = z.output<typeof ProposalFiltersSchema>;
