import { z } from 'zod';
import { reasonTargets } from '../../db/schema.js';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { reasonSortColumns } from '../../domain/reasons/queries.js';
import { asOfParam, enumFilter, evidenceField, hrefField, idFilter, timestampFields } from '../../http/common.js';
import { examples } from '../../http/examples.js';
import { pageOf, pageParams, updatedSinceParam } from '../../http/list-params.js';

export const ReasonSchema = z
  .object({
    id: z.string(),
    href: hrefField,
    forType: z.enum(reasonTargets).describe('What the reason is given for: a `demand` or a `response`.'),
    forId: z.string().describe('The id of that demand or response.'),
    answersDemandId: z
      .string()
      .nullable()
      .describe('The demand this reason answers in particular; null when it answers all or is a demand’s own.'),
    summary: z.string(),
    evidence: evidenceField.describe('The quotes stating the reason, each with who the source attributes it to.'),
    ...timestampFields,
  })
  .meta({
    id: 'Reason',
    description: 'A stated reason for a demand or a response, with who gave it and how it is reported.',
    examples: [examples.reason],
  });

export const ReasonPageSchema = pageOf(ReasonSchema, 'ReasonPage', examples.lists.reasons);

export const ReasonFiltersSchema = z.strictObject({
  forType: enumFilter(reasonTargets, 'reasons for demands, or for responses'),
  forId: idFilter('Only reasons for this demand or response id.', 'israel-rejects-hamas-amendments'),
  answers: idFilter('Only reasons that answer this demand id.', 'immediate-talks-on-ending-the-war'),
  updatedSince: updatedSinceParam,
  asOf: asOfParam,
  ...pageParams(sortFieldsOf(reasonSortColumns)),
});
