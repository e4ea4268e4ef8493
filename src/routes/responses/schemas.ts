import { z } from 'zod';
import { answerScopes, stances } from '../../db/schema.js';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { responseEmbeds } from '../../domain/relations.js';
import { responseSortColumns } from '../../domain/responses/queries.js';
import {
  asOfParam,
  contestedField,
  DatePrecisionSchema,
  enumFilter,
  evidenceField,
  hrefField,
  idFilter,
  PartialDateSchema,
  timestampFields,
} from '../../http/common.js';
import { examples, withoutReasons } from '../../http/examples.js';
import { includeParam, pageParams, partialDateParam, updatedSinceParam } from '../../http/list-params.js';
export const StanceSchema = z.enum(stances).meta({
  id: 'Stance',
  description:
    'The stance a response takes on what it answers: `accepts`, `accepts-with-conditions`, `rejects`, `counters` ' +
    'or `considering`; the same words in every filter and in positions.',
});

export const AnswerSchema = z
  .object({
    demandId: z.string(),
    stance: StanceSchema.describe('The response’s stance on this demand.'),
    scope: z
      .enum(answerScopes)
      .describe(
        '`specific`: the response singles this demand out; `whole`: it answers the demands as a package; ' +
          '`unspecified`: it answers them without saying which.',
      ),
    evidence: evidenceField,
  })
  .meta({ id: 'Answer', description: 'A demand a response answers: its stance on it, how directly, and the quotes.' });

export const ResponseRecordSchema = z
  .object({
    id: z.string(),
    href: hrefField,
    partyId: z.string().describe('The responding party.'),
    actorId: z.string().nullable().describe('Who responded for the party, when the source says.'),
    proposalId: z.string().nullable().describe('The proposal the response concerns, if any.'),
    stance: StanceSchema,
    contested: contestedField,
    wording: z
      .string()
      .nullable()
      .describe('The responder’s own characterisation, verbatim (e.g. "unacceptable"); null when none is quoted.'),
    summary: z.string(),
    issuedOn: PartialDateSchema.describe('When the response was issued; null when the source does not say.'),
    issuedOnPrecision: DatePrecisionSchema,
    answers: z.array(AnswerSchema).describe('The demands this response answers, each with its own stance.'),
    conditions: z
      .array(z.string())
      .describe('Demands the response makes its stance depend on: the conditions of a conditional acceptance.'),
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({
    id: 'ResponseRecord',
    description: 'A response without embedded related records.',
    examples: [withoutReasons(examples.response)],
  });

export const ResponseFiltersSchema = z.strictObject({
  party: idFilter('Only responses issued by this party id.', 'hamas'),
  demand: idFilter('Only responses answering this demand id.', 'aid-through-pre-existing-channels'),
  proposal: idFilter('Only responses concerning this proposal id.', 'truce-framework'),
  actor: idFilter('Only responses issued by this actor id.', 'netanyahus-office'),
  issue: idFilter('Only responses answering demands on this issue id.', 'ending-the-war'),
  stance: enumFilter(stances, 'responses taking this stance'),
  issuedFrom: partialDateParam('Only responses issued on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).'),
  issuedTo: partialDateParam('Only responses issued on or before this date.'),
  updatedSince: updatedSinceParam,
  asOf: asOfParam,
  include: includeParam(responseEmbeds),
  ...pageParams(sortFieldsOf(responseSortColumns)),
});
