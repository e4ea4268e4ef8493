import { z } from 'zod';
import { statementKinds } from '../../db/schema.js';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { statementSortColumns } from '../../domain/statements/queries.js';
import { asOfParam, enumFilter, evidenceField, hrefField, idFilter, timestampFields } from '../../http/common.js';
import { examples } from '../../http/examples.js';
import { pageOf, pageParams, updatedSinceParam } from '../../http/list-params.js';

export const StatementSchema = z
  .object({
    id: z.string(),
    href: hrefField,
    kind: z
      .enum(statementKinds)
      .describe(
        '`intention` ("will continue to pursue"), `firm-stance`, `appeal` (a call on parties), `context` (the ' +
          'situation around the talks) or `assessment` (the reporter’s judgement).',
      ),
    partyId: z
      .string()
      .nullable()
      .describe('Whose intention, stance or appeal it is; null when nobody in the data makes it (see the speaker).'),
    aboutPartyIds: z.array(z.string()).describe('The parties it concerns.'),
    issueId: z.string().nullable(),
    title: z.string(),
    summary: z.string(),
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({
    id: 'Statement',
    description: 'Something else a source says: an intention, a firm stance, an appeal, context, or an assessment.',
    examples: [examples.statement],
  });

export const StatementPageSchema = pageOf(StatementSchema, 'StatementPage', examples.lists.statements);

export const StatementFiltersSchema = z.strictObject({
  kind: enumFilter(statementKinds, 'statements of this kind'),
  party: idFilter('Only statements this party makes.', 'israel'),
  about: idFilter('Only statements about this party.', 'hamas'),
  issue: idFilter('Only statements on this issue.', 'ending-the-war'),
  updatedSince: updatedSinceParam,
  asOf: asOfParam,
  ...pageParams(sortFieldsOf(statementSortColumns)),
});
