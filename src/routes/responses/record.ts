import { z } from 'zod';
import { answerScopes, stances } from '../../db/schema.js';
import { DatePrecisionSchema, PartialDateSchema, evidenceField, timestampFields } from '../../http/common.js';
import { examples } from '../../http/examples.js';

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

export const ResponseRecordSchema = z
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
  .meta({ id: 'ResponseRecord', description: 'A response without embedded related records.', examples: [examples.response] });

export type ResponseRecord = z.infer<typeof ResponseRecordSchema>;
