import { z } from 'zod';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { positionSortColumns, positionStances, topicTypes } from '../../domain/positions/queries.js';
import {
  asOfParam,
  DatePrecisionSchema,
  enumFilter,
  evidenceField,
  idFilter,
  PartialDateSchema,
} from '../../http/common.js';
import { examples } from '../../http/examples.js';
import { pageOf, pageParams } from '../../http/list-params.js';

export const PositionStanceSchema = z.enum(positionStances).meta({
  id: 'PositionStance',
  description:
    'A party’s stance, in the one stance vocabulary: `demands` (its own demand, still pressed) or `withdrew`, or ' +
    'its latest answer: `accepts`, `accepts-with-conditions`, `rejects`, `counters`, `considering`. `towards` says ' +
    'what the stance is on.',
});

export const TopicSchema = z
  .object({
    type: z.enum(topicTypes).describe('An `issue` at stake, or a `proposal` on the table.'),
    id: z.string(),
    href: z.string().describe('Where the issue or proposal is served.'),
    title: z.string(),
  })
  .meta({ id: 'Topic', description: 'What positions are on: an issue, or a proposal.' });

export const TargetSchema = z
  .object({
    type: z.enum(['demand', 'proposal']),
    id: z.string(),
    href: z.string(),
    title: z.string(),
    partyId: z.string().nullable().describe('Whose demand it is (or who tabled the proposal, when known).'),
  })
  .meta({ id: 'PositionTarget', description: 'What a stance is towards: a demand (and whose) or a proposal.' });

export const PositionBasisSchema = z
  .object({
    type: z.enum(['demand', 'response']),
    id: z.string(),
    href: z.string().describe('Where the record is served.'),
    stance: PositionStanceSchema,
    date: PartialDateSchema,
    datePrecision: DatePrecisionSchema,
  })
  .meta({
    id: 'PositionBasis',
    description: 'A record a position is derived from; its quotes are in the answer’s `quotes`, under its `href`.',
  });

export const PositionSchema = z
  .object({
    partyId: z.string(),
    stance: PositionStanceSchema,
    towards: z
      .array(TargetSchema)
      .describe('What the stance is towards: Israel `rejects` Hamas’s demand, not the end of the war.'),
    basis: z
      .array(PositionBasisSchema)
      .describe(
        'The records behind the current stance, the decisive (latest) one first; at most 10, see `basisCount`.',
      ),
    basisCount: z.int().min(1).describe('How many records support the current stance.'),
    recordCount: z
      .int()
      .min(1)
      .describe('How many of the party’s demands and responses concern the topic, whatever their stance.'),
  })
  .meta({ id: 'Position', description: 'Where one party currently stands on one topic.' });

/** A row of the positions CSV: one party's position on one topic, with the quotes behind it. */
export const PositionRowSchema = z.object({
  topicType: z.enum(topicTypes),
  topicId: z.string(),
  topicTitle: z.string(),
  ...PositionSchema.shape,
  evidence: evidenceField,
});

export const PositionQuotesSchema = z.record(z.string(), evidenceField).meta({
  id: 'PositionQuotes',
  description:
    'The quotes behind every basis record in the answer, once per record, keyed by the record’s `href`: a ' +
    'response that answers demands on several issues backs a position on each, and its quotes appear here once.',
});

const { quotes: exampleQuotes, ...exampleTopic } = examples.topicPositions;

const topicPositionsFields = {
  topic: TopicSchema,
  positions: z.array(PositionSchema).describe('One entry per party with a demand or a response on the topic.'),
};

export const TopicPositionsSchema = z.object(topicPositionsFields).meta({
  id: 'TopicPositions',
  description: 'Every party’s current stance on one issue or proposal.',
  examples: [exampleTopic],
});

export const TopicPositionsWithQuotesSchema = z.object({ ...topicPositionsFields, quotes: PositionQuotesSchema }).meta({
  id: 'TopicPositionsWithQuotes',
  description: 'Every party’s current stance on one issue or proposal, with the quotes behind them.',
  examples: [examples.topicPositions],
});

export const PositionsPageSchema = pageOf(TopicPositionsSchema, 'TopicPositionsPage', [exampleTopic], {
  shape: { quotes: PositionQuotesSchema },
  example: { quotes: exampleQuotes },
});

export const PositionFiltersSchema = z.strictObject({
  party: idFilter('Only positions of this party id.', 'israel'),
  stance: enumFilter(positionStances, 'positions with this stance'),
  topicType: enumFilter(topicTypes, 'positions on issues, or only on proposals'),
  asOf: asOfParam,
  // A topic's positions number one per party involved, so pages hold few topics.
  ...pageParams(sortFieldsOf(positionSortColumns), { defaultLimit: 5, maxLimit: 50 }),
});
