import { z } from 'zod';
import { datePrecisions, sourceKinds } from '../../db/schema.js';
import { contestedField, evidenceField } from '../../http/common.js';
import { examples } from '../../http/examples.js';

export const SourceReportSchema = z
  .object({
    source: z.object({
      id: z.string(),
      title: z.string().nullable(),
      publisher: z.string().nullable(),
      kind: z.enum(sourceKinds).nullable(),
      publishedOn: z.string().nullable(),
      publishedOnPrecision: z.enum(datePrecisions),
    }),
    value: z.string().nullable().describe('The state this source gives the record; null when it gives none.'),
    evidence: evidenceField.describe('What this source says of the record.'),
  })
  .meta({ id: 'SourceReport', description: 'What one source says of a record.' });

export const RecordHistorySchema = z
  .object({
    type: z.enum(['demand', 'proposal', 'meeting', 'response']),
    id: z.string(),
    field: z.string().describe('The state the sources report: `status`, or `stance` for a response.'),
    value: z.string().describe('The state now: what the latest source gives.'),
    contested: contestedField,
    reports: z.array(SourceReportSchema).describe('Every source that cites the record, earliest first.'),
  })
  .meta({
    id: 'RecordHistory',
    description:
      'What each source said of a record over time; the current state follows the latest source and no earlier one ' +
      'is dropped.',
    examples: [examples.history],
  });
