import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { count } from 'drizzle-orm';
import type { AppDatabase } from '../db/client.js';
import { sources } from '../db/schema.js';
import { type Dataset, DatasetSchema } from '../domain/datasets/format.js';
import { importDataset } from '../domain/datasets/import.js';
import { seedDirectory } from '../paths.js';

/** The datasets the seed loads, in order: files in `seed/`, each naming its source text file. */
export const seedDatasets: readonly string[] = ['ceasefire-talks.json'];

export class SeedIntegrityError extends Error {
  override name = 'SeedIntegrityError';
}

/** Reads and validates a dataset file of `seed/` with its source text. */
export function readSeedDataset(file: string): { dataset: Dataset; text: string } {
  const parsed = DatasetSchema.safeParse(JSON.parse(readFileSync(resolve(seedDirectory, file), 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new SeedIntegrityError(`seed/${file} is not a valid dataset:\n- ${problems.join('\n- ')}`);
  }
  const { textFile, text } = parsed.data.source;
  if (text === undefined && textFile === undefined) throw new SeedIntegrityError(`seed/${file} names no source text`);
  return { dataset: parsed.data, text: text ?? readFileSync(resolve(seedDirectory, textFile!), 'utf8') };
}

/** Imports every seed dataset (all or nothing each); importing again changes nothing. */
export function seedDatabase(db: AppDatabase): void {
  for (const file of seedDatasets) {
    const { dataset, text } = readSeedDataset(file);
    importDataset(db, dataset, text);
  }
}

export function isDatabaseEmpty(db: AppDatabase): boolean {
  const row = db.select({ sources: count() }).from(sources).get();
  return (row?.sources ?? 0) === 0;
}
