import { z } from 'zod';
import { searchableTypes } from '../../domain/search/queries.js';
import { enumFilter } from '../../http/common.js';
import { examples } from '../../http/examples.js';
import { decimalIntParam } from '../../http/list-params.js';

export const SearchHitSchema = z
  .object({
    type: z.enum(searchableTypes).describe('The kind of record the hit belongs to.'),
    id: z.string(),
    href: z.string().describe('Where the record is served.'),
    title: z.string().describe('The record’s title, name or summary.'),
    score: z
      .number()
      .describe(
        'Where the best field matched, higher first: 4 when every word matches whole (not only as the beginning ' +
          'of a longer word), plus 3 for a title or name, 2 another descriptive field, 1 an evidence quote, 0 a ' +
          'source’s full text.',
      ),
    matches: z
      .array(
        z.object({
          field: z
            .string()
            .describe(
              'The field that matched: `title`, `summary`, …, `quote` for an evidence quote, or `text` for a ' +
                'source’s full text.',
            ),
          start: z.int().min(0).optional().describe('In a source’s full text: where the first match starts.'),
          end: z.int().min(0).optional().describe('In a source’s full text: just past the first match.'),
          snippet: z
            .string()
            .describe(
              'An excerpt with the matching terms wrapped in `<mark>`…`</mark>`; the rest is plain text, not HTML.',
            ),
        }),
      )
      .describe('The record’s matching fields the search read, best first.'),
  })
  .meta({
    id: 'SearchHit',
    description: 'A record matching a search, with highlighted excerpts.',
    examples: [examples.searchHit],
  });

export const SearchResultsSchema = z
  .object({
    items: z.array(SearchHitSchema),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
  })
  .meta({
    id: 'SearchResults',
    description: 'Records matching a search, most relevant first.',
    examples: [{ items: [examples.searchHit], nextCursor: null }],
  });

export const SearchQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .regex(/[\p{L}\p{N}]/u, { error: 'must contain at least one letter or digit' })
    .describe(
      'Words to find, e.g. `humanitarian aid`. Every word must match (stems count: `amendments` finds `amendment`; ' +
        'the last word also matches as a prefix). Punctuation and search operators are ignored.',
    ),
  type: enumFilter(searchableTypes, 'hits on these record types'),
  limit: decimalIntParam({ min: 1, max: 100, fallback: 20 }).describe('Hits per page, 1 to 100.'),
  cursor: z.string().min(1).max(500).optional().describe('Opaque cursor from the previous page’s `nextCursor`.'),
});
