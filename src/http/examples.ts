import type { Examples } from './example-types.js';
import { generatedExamples } from './examples.generated.js';

export type { Examples };

/** A record's example without its embedded reasons, for the schema of the record alone. */
export const withoutReasons = <T extends { reasons: unknown }>({ reasons: _reasons, ...record }: T) => record;

/**
 * The examples, generated from the seed by `npm run openapi` (seed/openapi-examples.ts) and
 * committed, so the server runs without `seed/`; test/examples.test.ts checks them against answers.
 */
export const examples: Examples = generatedExamples;
