import { z } from 'zod';
import { actorKinds } from '../../db/schema.js';
import { SlugSchema, enumFilter, evidenceField, listOf, timestampFields } from '../../http/common.js';

export const ActorSchema = z
  .object({
    id: z.string(),
    partyId: z.string().describe('The party this actor acts for.'),
    kind: z.enum(actorKinds),
    name: z.string().nullable().describe('The actor’s name; null when the source does not give one.'),
    role: z.string().nullable().describe('The actor’s role or office, e.g. "Prime Minister".'),
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({ id: 'Actor', description: 'A person or body acting for a party.' });

export const ActorListSchema = listOf(ActorSchema, 'ActorList');

export const ActorFiltersSchema = z.strictObject({
  party: SlugSchema.optional().describe('Only actors acting for this party id.'),
  kind: enumFilter(actorKinds, 'actors of this kind'),
});

export type Actor = z.infer<typeof ActorSchema>;
export type ActorFilters = z.infer<typeof ActorFiltersSchema>;
