import type { Examples } from './example-types.js';
import { generatedExamples } from './examples.generated.js';

export type { Examples };

/**
 * The examples, generated from the seed by `npm run openapi` (seed/openapi-examples.ts) and
 * committed, so the server runs without `seed/`; test/examples.test.ts checks them against answers.
 */
export const examples: Examples = generatedExamples;
