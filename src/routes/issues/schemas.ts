import { z } from 'zod';
import { evidenceField, listOf, timestampFields } from '../../http/common.js';

export const IssueSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({ id: 'Issue', description: 'A topic at stake in the negotiation.' });

export const IssueListSchema = listOf(IssueSchema, 'IssueList');

export type Issue = z.infer<typeof IssueSchema>;
