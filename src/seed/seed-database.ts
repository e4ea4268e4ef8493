import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { count } from 'drizzle-orm';
import type { AppDatabase } from '../db/client.js';
import { sources } from '../db/schema.js';
import { type Dataset, DatasetSchema } from '../domain/datasets/format.js';
import { type ImportSummary, importDataset } from '../domain/datasets/import.js';
import { seedDirectory } from '../paths.js';

/** The datasets the seed loads, in order: files in `seed/`, each naming its source text file. */
export const seedDatasets: readonly string[] = ['ceasefire-talks.json'];

export class SeedIntegrityError extends Error {
  override name = 'SeedIntegrityError';
}

/**
 * Reads and validates a dataset file with its source text (inline as `source.text`, or in the file
 * `source.textFile` names, beside the dataset).
 */
export function readDatasetFile(path: string): { dataset: Dataset; text: string } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SeedIntegrityError(`${path} is not JSON: ${(error as Error).message}`);
  }
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new SeedIntegrityError(`${path} is not a valid dataset:\n- ${problems.join('\n- ')}`);
  }
  const { textFile, text } = parsed.data.source;
  if (text !== undefined) return { dataset: parsed.data, text };
  if (textFile === undefined) throw new SeedIntegrityError(`${path} gives neither source.text nor source.textFile`);
  return { dataset: parsed.data, text: readFileSync(resolve(dirname(path), textFile), 'utf8') };
}

/** Reads a dataset file of `seed/`. */
export function readSeedDataset(file: string): { dataset: Dataset; text: string } {
  return readDatasetFile(resolve(seedDirectory, file));
}

/** Imports every seed dataset (all or nothing each); importing again changes nothing. Returns what each added. */
export function seedDatabase(db: AppDatabase): ImportSummary[] {
  return seedDatasets.map((file) => {
    const { dataset, text } = readSeedDataset(file);
    return importDataset(db, dataset, text);
  });
}

export function isDatabaseEmpty(db: AppDatabase): boolean {
  const row = db.select({ sources: count() }).from(sources).get();
  return (row?.sources ?? 0) === 0;
}
