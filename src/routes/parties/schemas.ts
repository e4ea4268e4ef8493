import { z } from 'zod';
import { examples } from '../../http/examples.js';
import { partyKinds } from '../../db/schema.js';
import { enumFilter, evidenceField, timestampFields } from '../../http/common.js';
import { pageOf, pageParams, updatedSinceParam } from '../pagination.js';
import { ActorSchema } from '../actors/schemas.js';

export const PartySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(partyKinds).describe('What sort of actor the party is.'),
    description: z.string().nullable(),
    actors: z.array(ActorSchema).describe('The people and bodies acting for this party.'),
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({ id: 'Party', description: 'A negotiating party or another named actor in the negotiation.', examples: [examples.party] });

export const PartyPageSchema = pageOf(PartySchema, 'PartyPage', examples.lists.parties);

export const partySortFields = ['name', 'kind', 'createdAt', 'updatedAt'] as const;

export const PartyFiltersSchema = z.strictObject({
  kind: enumFilter(partyKinds, 'parties of this kind'),
  updatedSince: updatedSinceParam,
  ...pageParams(partySortFields),
});

export type Party = z.infer<typeof PartySchema>;
export type PartyFilters = z.output<typeof PartyFiltersSchema>;
