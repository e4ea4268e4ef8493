import { z } from 'zod';
import { examples } from '../../http/examples.js';
import { evidenceField, timestampFields } from '../../http/common.js';
import { pageOf, pageParams, updatedSinceParam } from '../pagination.js';

export const IssueSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({ id: 'Issue', description: 'A topic at stake in the negotiation.', examples: [examples.issue] });

export const IssuePageSchema = pageOf(IssueSchema, 'IssuePage', examples.lists.issues);

export const issueSortFields = ['title', 'createdAt', 'updatedAt'] as const;

export const IssueFiltersSchema = z.strictObject({
  updatedSince: updatedSinceParam,
  ...pageParams(issueSortFields),
});

export type IssueFilters = z.output<typeof IssueFiltersSchema>;

export type Issue = z.infer<typeof IssueSchema>;
