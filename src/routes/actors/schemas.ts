import { z } from 'zod';
import { actorKinds } from '../../db/schema.js';
import { actorSortColumns } from '../../domain/actors/queries.js';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { asOfParam, enumFilter, evidenceField, hrefField, idFilter, timestampFields } from '../../http/common.js';
import { examples } from '../../http/examples.js';
import { pageOf, pageParams, updatedSinceParam } from '../../http/list-params.js';

export const ActorSchema = z
  .object({
    id: z.string(),
    href: hrefField,
    partyId: z.string().describe('The party this actor acts for.'),
    kind: z.enum(actorKinds),
    name: z.string().nullable().describe('The actor’s name; null when the source does not give one.'),
    role: z.string().nullable().describe('The actor’s role or office, e.g. "Prime Minister".'),
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({ id: 'Actor', description: 'A person or body acting for a party.', examples: [examples.actor] });

export const ActorPageSchema = pageOf(ActorSchema, 'ActorPage', examples.lists.actors);

export const ActorFiltersSchema = z.strictObject({
  party: idFilter('Only actors acting for this party id.', 'hamas'),
  kind: enumFilter(actorKinds, 'actors of this kind'),
  updatedSince: updatedSinceParam,
  asOf: asOfParam,
  ...pageParams(sortFieldsOf(actorSortColumns)),
});
