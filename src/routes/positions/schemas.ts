import { z } from 'zod';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { positionSortColumns, positionStances } from '../../domain/positions/queries.js';
import { DatePrecisionSchema, evidenceField, idFilter, PartialDateSchema } from '../../http/common.js';
import { examples } from '../../http/examples.js';
import { pageOf, pageParams } from '../../http/list-params.js';

export const PositionStanceSchema = z.enum(positionStances).meta({
  id: 'PositionStance',
  description:
    'A party’s stance on an issue, derived from its records: `demands` (it made a demand still standing), `withdrew` (it withdrew its demand), or its latest response to demands on the issue: `accepts`, `accepts-with-conditions`, `rejects`, `counters`, `considering`.',
});

export const PositionBasisSchema = z
  .object({
    type: z.enum(['demand', 'response']),
    id: z.string(),
    href: z.string().describe('Where the record is served.'),
    stance: PositionStanceSchema,
    date: PartialDateSchema,
    datePrecision: DatePrecisionSchema,
    evidence: evidenceField,
  })
  .meta({ id: 'PositionBasis', description: 'A record a position is derived from, with its quotes.' });

export const PositionSchema = z
  .object({
    partyId: z.string(),
    stance: PositionStanceSchema,
    basis: z
      .array(PositionBasisSchema)
      .describe(
        'The records behind the current stance, the decisive (latest) one first; at most 10, see `basisCount`.',
      ),
    basisCount: z.int().min(1).describe('How many records support the current stance.'),
    recordCount: z
      .int()
      .min(1)
      .describe('How many of the party’s demands and responses concern the issue, whatever their stance.'),
  })
  .meta({ id: 'Position', description: 'Where one party currently stands on one issue.' });

export const IssuePositionsSchema = z
  .object({
    issueId: z.string(),
    title: z.string(),
    positions: z.array(PositionSchema).describe('One entry per party with a demand or a response on the issue.'),
  })
  .meta({
    id: 'IssuePositions',
    description: 'Every party’s current stance on one issue.',
    examples: [examples.issuePositions],
  });

export const PositionsPageSchema = pageOf(IssuePositionsSchema, 'IssuePositionsPage', [examples.issuePositions]);

export const PositionFiltersSchema = z.strictObject({
  party: idFilter('Only positions of this party id.', 'israel'),
  issue: idFilter('Only this issue id.', 'humanitarian-aid-channels'),
  stance: z.enum(positionStances).optional().describe('Only positions with this stance.'),
  // An issue's positions number one per party involved, so pages hold few issues.
  ...pageParams(sortFieldsOf(positionSortColumns), { defaultLimit: 5, maxLimit: 50 }),
});
