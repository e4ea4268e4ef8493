import { z } from 'zod';
import { timelineEventTypes } from '../../domain/timeline/queries.js';
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

export const TimelineEventSchema = z
  .object({
    type: z.enum(timelineEventTypes).describe('A meeting, a demand raised, or a response issued.'),
    id: z.string().describe('The id of the record the event is.'),
    href: z.string().describe('Where the record is served.'),
    title: z.string(),
    date: PartialDateSchema.describe('When it happened or is to happen; null when the sources do not say.'),
    datePrecision: DatePrecisionSchema,
    partyIds: z
      .array(z.string())
      .describe('The parties involved: the demanding or responding party, or the participants.'),
    issueIds: z
      .array(z.string())
      .describe(
        'The issues concerned: a demand’s issue, the issues of the demands a response answers, or the issues on a ' +
          'meeting’s agenda.',
      ),
    placedBy: z
      .enum(['date', 'sequence', 'report'])
      .describe(
        'How the event’s place is known: by its `date`; by the `sequence` the text gives (“following the ' +
          'meeting”); or, when the text gives neither, only by where it is first `reported` (its time is unknown).',
      ),
    follows: z
      .array(z.object({ type: z.enum(timelineEventTypes), id: z.string(), href: z.string() }))
      .describe('The events the text says this one came after.'),
    evidence: evidenceField,
  })
  .meta({
    id: 'TimelineEvent',
    description: 'One meeting, demand or response on the timeline.',
    examples: [examples.timelineEvent],
  });

export const TimelinePageSchema = pageOf(TimelineEventSchema, 'TimelinePage', [examples.timelineEvent]);

export const TimelineFiltersSchema = z.strictObject({
  party: idFilter('Only events involving this party id.', 'israel'),
  issue: idFilter(
    'Only events concerning this issue id: demands on it, responses answering them, meetings discussing it.',
    'ending-the-war',
  ),
  type: enumFilter(timelineEventTypes, 'these event types, e.g. `meeting,response`'),
  asOf: asOfParam,
  ...(({ limit, cursor, count }) => ({ limit, cursor, count }))(pageParams(['date'] as const)),
});
