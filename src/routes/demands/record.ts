import { z } from 'zod';
import { demandStatuses } from '../../db/schema.js';
import { DatePrecisionSchema, PartialDateSchema, evidenceField, timestampFields } from '../../http/common.js';
import { examples } from '../../http/examples.js';

export const DemandStatusSchema = z
  .enum(demandStatuses)
  .meta({ id: 'DemandStatus', description: 'Where the demand stands: open until answered, then accepted, rejected, …' });

export const DemandRecordSchema = z
  .object({
    id: z.string(),
    partyId: z.string().describe('The party making the demand.'),
    proposalId: z.string().nullable().describe('The proposal the demand would amend, if any.'),
    issueId: z.string().describe('The issue the demand is about.'),
    title: z.string(),
    summary: z.string().describe('What the party asks for.'),
    rationale: z.string().nullable().describe('The party’s stated reason, as the source reports it; null when none is given.'),
    status: DemandStatusSchema,
    raisedOn: PartialDateSchema.describe('When the demand was raised; null when the source does not say.'),
    raisedOnPrecision: DatePrecisionSchema,
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({ id: 'DemandRecord', description: 'A demand without embedded related records.', examples: [examples.demand] });

export type DemandRecord = z.infer<typeof DemandRecordSchema>;
