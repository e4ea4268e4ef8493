import { z } from 'zod';
import { examples } from '../../http/examples.js';
import { answerScopes, stances } from '../../db/schema.js';
import { DatePrecisionSchema, PartialDateSchema, enumFilter, evidenceField, idFilter, timestampFields } from '../../http/common.js';
import { pageOf, pageParams, partialDateParam, updatedSinceParam } from '../pagination.js';

export const StanceSchema = z
  .enum(stances)
  .meta({ id: 'Stance', description: 'The position a response takes on what it answers.' });

export const AnswerSchema = z
  .object({
    demandId: z.string(),
    scope: z
      .enum(answerScopes)
      .describe(
        '`specific`: the response singles this demand out; `whole`: it answers the demands as a package; `unspecified`: it answers them without saying which.',
      ),
  })
  .meta({ id: 'Answer', description: 'A demand a response answers, and how directly.' });

export const ResponseSchema = z
  .object({
    id: z.string(),
    partyId: z.string().describe('The responding party.'),
    actorId: z.string().nullable().describe('Who responded for the party, when the source says.'),
    proposalId: z.string().nullable().describe('The proposal the response concerns, if any.'),
    stance: StanceSchema,
    wording: z.string().nullable().describe('The responder’s own characterisation, verbatim (e.g. "unacceptable"); null when none is quoted.'),
    summary: z.string(),
    reasons: z.array(z.string()).describe('The responder’s stated reasons, as the source reports them.'),
    issuedOn: PartialDateSchema.describe('When the response was issued; null when the source does not say.'),
    issuedOnPrecision: DatePrecisionSchema,
    answers: z.array(AnswerSchema).describe('The demands this response answers.'),
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({ id: 'Response', description: 'A party’s answer to a proposal or to demands.', examples: [examples.response] });

export const ResponsePageSchema = pageOf(ResponseSchema, 'ResponsePage', examples.lists.responses);

export const responseSortFields = ['stance', 'issuedOn', 'createdAt', 'updatedAt'] as const;

export const ResponseFiltersSchema = z.strictObject({
  party: idFilter('Only responses issued by this party id.', 'hamas'),
  demand: idFilter('Only responses answering this demand id.', 'aid-through-pre-existing-channels'),
  proposal: idFilter('Only responses concerning this proposal id.', 'truce-framework'),
  actor: idFilter('Only responses issued by this actor id.', 'netanyahus-office'),
  stance: enumFilter(stances, 'responses taking this stance'),
  issuedFrom: partialDateParam('Only responses issued on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).'),
  issuedTo: partialDateParam('Only responses issued on or before this date.'),
  updatedSince: updatedSinceParam,
  ...pageParams(responseSortFields),
});

export type Response = z.infer<typeof ResponseSchema>;
export type ResponseFilters = z.output<typeof ResponseFiltersSchema>;
