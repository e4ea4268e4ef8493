import { z } from 'zod';
import { proposalStatuses } from '../../db/schema.js';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { proposalSortColumns } from '../../domain/proposals/queries.js';
import {
  asOfParam,
  contestedField,
  enumFilter,
  evidenceField,
  hrefField,
  idFilter,
  timestampFields,
} from '../../http/common.js';
import { examples } from '../../http/examples.js';
import { pageOf, pageParams, updatedSinceParam } from '../../http/list-params.js';

export const ProposalSchema = z
  .object({
    id: z.string(),
    href: hrefField,
    title: z.string(),
    summary: z.string(),
    proposedByPartyId: z.string().nullable().describe('Who tabled the proposal; null when the source does not say.'),
    pauseDurationDays: z
      .int()
      .nullable()
      .describe('Length of the pause in fighting the proposal provides for, in days.'),
    status: z.enum(proposalStatuses).describe('Where the proposal stands, as the latest source says.'),
    contested: contestedField,
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({
    id: 'Proposal',
    description: 'A framework or draft on the table, which demands may seek to amend.',
    examples: [examples.proposal],
  });

export const ProposalPageSchema = pageOf(ProposalSchema, 'ProposalPage', examples.lists.proposals);

export const ProposalFiltersSchema = z.strictObject({
  status: enumFilter(proposalStatuses, 'proposals with this status'),
  party: idFilter('Only proposals tabled by this party id.', 'israel'),
  updatedSince: updatedSinceParam,
  asOf: asOfParam,
  ...pageParams(sortFieldsOf(proposalSortColumns)),
});
