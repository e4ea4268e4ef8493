import { createKey } from '../../src/domain/keys/keys.js';
import { buildTestApp, createTestDatabase } from '../helpers.js';

/** A fresh database (seeded; with a synthetic dataset when asked), the app over it, and an editor's key. */
export async function appWithEditor(
  options: Parameters<typeof createTestDatabase>[0] = {},
  { logStream }: { logStream?: NodeJS.WritableStream } = {},
) {
  const db = createTestDatabase(options);
  const app = await buildTestApp({ db, ...(logStream ? { logStream } : {}) });
  const editor = { authorization: `Bearer ${createKey(db, 'editor', 'editor').key}` };
  /** The ETag a record's GET answers: what a conditional write sends as If-Match. */
  const etagOf = async (url: string) => (await app.inject(url)).headers.etag as string;
  /** A correction as an editor sends it: a JSON merge patch naming the version read; the answer. */
  const patch = async (url: string, body: object) =>
    app.inject({
      method: 'PATCH',
      url,
      headers: { ...editor, 'content-type': 'application/merge-patch+json', 'if-match': await etagOf(url) },
      payload: body,
    });
  /** A new record as an editor posts it; the answer. */
  const post = (url: string, body: object) => app.inject({ method: 'POST', url, headers: editor, payload: body });
  return { db, app, editor, etagOf, patch, post };
}
