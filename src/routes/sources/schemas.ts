import { z } from 'zod';
import { sourceKinds } from '../../db/schema.js';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { sourceSortColumns } from '../../domain/sources/queries.js';
import { DatePrecisionSchema, enumFilter, hrefField, PartialDateSchema, timestampFields } from '../../http/common.js';
import { examples } from '../../http/examples.js';
import { pageOf, pageParams, partialDateParam, updatedSinceParam } from '../../http/list-params.js';

const sourceFields = {
  id: z.string(),
  href: hrefField,
  title: z.string().nullable().describe('The headline; null when the copy held has none.'),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  publishedOn: PartialDateSchema.describe('Publication date; null when unknown.'),
  publishedOnPrecision: DatePrecisionSchema,
  kind: z
    .enum(sourceKinds)
    .nullable()
    .describe('`news-report`, `official-statement`, `transcript`, `analysis` or `other`; null when unknown.'),
  ...timestampFields,
};

export const SourceSummarySchema = z.object(sourceFields).meta({
  id: 'SourceSummary',
  description: 'A source without its text; fetch the source by id for the full text.',
  examples: [examples.sourceSummary],
});

export const SourceSchema = z
  .object({
    ...sourceFields,
    text: z.string().describe('The full text every evidence quote is taken from; offsets count UTF-16 code units.'),
  })
  .meta({
    id: 'Source',
    description: 'A document every fact is quoted from, with its full text.',
    examples: [examples.source],
  });

export const SourcePageSchema = pageOf(SourceSummarySchema, 'SourcePage', examples.lists.sources);

export const SourceFiltersSchema = z.strictObject({
  publisher: z.string().min(1).max(200).optional().describe('Only sources from this publisher (case-insensitive).'),
  kind: enumFilter(sourceKinds, 'sources of this kind'),
  publishedFrom: partialDateParam('Only sources published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).'),
  publishedTo: partialDateParam('Only sources published on or before this date.'),
  updatedSince: updatedSinceParam,
  ...pageParams(sortFieldsOf(sourceSortColumns)),
});
