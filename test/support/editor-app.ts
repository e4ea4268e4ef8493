import { createKey } from '../../src/domain/keys/keys.js';
import { buildTestApp, createTestDatabase } from '../helpers.js';

/** A fresh database (seeded; with a synthetic dataset when asked), the app over it, and an editor's key. */
export async function appWithEditor(options: Parameters<typeof createTestDatabase>[0] = {}) {
  const db = createTestDatabase(options);
  const app = await buildTestApp({ db });
  const editor = { authorization: `Bearer ${createKey(db, 'editor', 'editor').key}` };
  /** The ETag a record's GET answers: what a conditional write sends as If-Match. */
  const etagOf = async (url: string) => (await app.inject(url)).headers.etag as string;
  return { db, app, editor, etagOf };
}
