import { z } from 'zod';
import { issueSortColumns } from '../../domain/issues/queries.js';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { asOfParam, evidenceField, hrefField, timestampFields } from '../../http/common.js';
import { examples } from '../../http/examples.js';
import { pageOf, pageParams, updatedSinceParam } from '../../http/list-params.js';

export const IssueSchema = z
  .object({
    id: z.string(),
    href: hrefField,
    title: z.string(),
    description: z.string(),
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({ id: 'Issue', description: 'A topic at stake in the negotiation.', examples: [examples.issue] });

export const IssuePageSchema = pageOf(IssueSchema, 'IssuePage', examples.lists.issues);

export const IssueFiltersSchema = z.strictObject({
  updatedSince: updatedSinceParam,
  asOf: asOfParam,
  ...pageParams(sortFieldsOf(issueSortColumns)),
});
