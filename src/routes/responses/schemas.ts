import { z } from 'zod';
import { examples } from '../../http/examples.js';
import { stances } from '../../db/schema.js';
import { enumFilter, idFilter } from '../../http/common.js';
import { ActorSchema } from '../actors/schemas.js';
import { DemandRecordSchema } from '../demands/record.js';
import { includeParam } from '../embeds.js';
import { PartySchema } from '../parties/schemas.js';
import { ProposalSchema } from '../proposals/schemas.js';
import { ResponseRecordSchema } from './record.js';
import { pageOf, pageParams, partialDateParam, updatedSinceParam } from '../pagination.js';

export const responseEmbeds = ['party', 'actor', 'proposal', 'demands'] as const;

export const ResponseSchema = ResponseRecordSchema.extend({
  party: PartySchema.optional().describe('The responding party; with `include=party`.'),
  actor: ActorSchema.nullable().optional().describe('Who responded for the party; with `include=actor`.'),
  proposal: ProposalSchema.nullable().optional().describe('The proposal concerned; with `include=proposal`.'),
  demands: z.array(DemandRecordSchema).optional().describe('The demands answered; with `include=demands`.'),
}).meta({ id: 'Response', description: 'A party’s answer to a proposal or to demands.', examples: [examples.response] });

export const ResponsePageSchema = pageOf(ResponseSchema, 'ResponsePage', examples.lists.responses);

export const responseSortFields = ['stance', 'issuedOn', 'createdAt', 'updatedAt'] as const;

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
  include: includeParam(responseEmbeds),
  ...pageParams(responseSortFields),
});

export type Response = z.infer<typeof ResponseSchema>;
export type ResponseFilters = z.output<typeof ResponseFiltersSchema>;
