import { z } from 'zod';
import { DatasetSchema } from './format.js';

/** The dataset format as JSON Schema (draft 2020-12), from the zod schema the importer validates with. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://negotiation-positions.example/dataset.schema.json',
    title: 'Negotiation positions dataset',
    description:
      'One source and what it says: the format of `POST /v1/imports`, `npm run import -- FILE` and the seed. ' +
      'Every quote must appear in the source text; see the README, "Adding data".',
    ...z.toJSONSchema(DatasetSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
