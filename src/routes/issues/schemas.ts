import { z } from 'zod';
import { examples } from '../../http/examples.js';
import { evidenceField, listOf, timestampFields } from '../../http/common.js';

export const IssueSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({ id: 'Issue', description: 'A topic at stake in the negotiation.', examples: [examples.issue] });

export const IssueListSchema = listOf(IssueSchema, 'IssueList', examples.lists.issues);

export type Issue = z.infer<typeof IssueSchema>;
