/**
 * The records the API serves with their related records embedded (`include=`): the one module of
 * schemas that depends on several resources, so resource schemas never import each other.
 */
import { z } from 'zod';
import { examples } from '../http/examples.js';
import { pageOf } from '../http/list-params.js';
import { ActorSchema } from './actors/schemas.js';
import { DemandRecordSchema } from './demands/schemas.js';
import { IssueSchema } from './issues/schemas.js';
import { MeetingRecordSchema } from './meetings/schemas.js';
import { PartyRecordSchema } from './parties/schemas.js';
import { ProposalSchema } from './proposals/schemas.js';
import { ReasonSchema } from './reasons/schemas.js';
import { ResponseRecordSchema } from './responses/schemas.js';

export const PartySchema = PartyRecordSchema.extend({
  actors: z.array(ActorSchema).describe('The people and bodies acting for this party.'),
}).meta({
  id: 'Party',
  description: 'A negotiating party or another named actor in the negotiation.',
  examples: [examples.party],
});

export const PartyPageSchema = pageOf(PartySchema, 'PartyPage', examples.lists.parties);

export const DemandSchema = DemandRecordSchema.extend({
  reasons: z.array(ReasonSchema).describe('The reasons the demanding party gives, each with its quotes.'),
  party: PartySchema.optional().describe('The demanding party; with `include=party`.'),
  issue: IssueSchema.optional().describe('The issue; with `include=issue`.'),
  proposal: ProposalSchema.nullable().optional().describe('The proposal amended; with `include=proposal`.'),
  responses: z
    .array(ResponseRecordSchema)
    .optional()
    .describe('The responses answering the demand; with `include=responses`.'),
}).meta({
  id: 'Demand',
  description: 'Something a party asks for, usually as an amendment to a proposal.',
  examples: [examples.demand],
});

export const DemandPageSchema = pageOf(DemandSchema, 'DemandPage', examples.lists.demands);

export const ResponseSchema = ResponseRecordSchema.extend({
  reasons: z
    .array(ReasonSchema)
    .describe('The reasons given for the response: who gave each, and the demand it answers when it answers one.'),
  party: PartySchema.optional().describe('The responding party; with `include=party`.'),
  actor: ActorSchema.nullable().optional().describe('Who responded for the party; with `include=actor`.'),
  proposal: ProposalSchema.nullable().optional().describe('The proposal concerned; with `include=proposal`.'),
  demands: z.array(DemandRecordSchema).optional().describe('The demands answered; with `include=demands`.'),
}).meta({
  id: 'Response',
  description: 'A party’s answer to a proposal or to demands.',
  examples: [examples.response],
});

export const ResponsePageSchema = pageOf(ResponseSchema, 'ResponsePage', examples.lists.responses);

export const IncludedPartySchema = PartyRecordSchema.extend({
  actors: z
    .array(ActorSchema)
    .optional()
    .describe('Every actor of the party, with `include=parties.actors` (the participating ones: `include=actors`).'),
}).meta({
  id: 'IncludedParty',
  description: 'A participating party embedded in a meeting; its actors only when asked.',
});

export const MeetingSchema = MeetingRecordSchema.extend({
  parties: z
    .array(IncludedPartySchema)
    .optional()
    .describe('The participating parties; with `include=parties` (or `include=parties.actors`).'),
  actors: z.array(ActorSchema).optional().describe('The participating actors; with `include=actors`.'),
}).meta({ id: 'Meeting', description: 'A meeting where the negotiation is discussed.', examples: [examples.meeting] });

export const MeetingPageSchema = pageOf(MeetingSchema, 'MeetingPage', examples.lists.meetings);
