import fp from 'fastify-plugin';
import type { AppDatabase } from '../db/client.js';
import { describeDerivationFailure, reportDerivationFailures } from '../domain/derivation-failures.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: AppDatabase;
  }
}

/**
 * Exposes the database to routes and closes it with the app; the app owns the handle it is given. What the
 * write path cannot store for fast reads (a bad row written outside the API) is logged as an error, once each.
 */
export default fp<{ db: AppDatabase }>(
  async (app, { db }) => {
    app.decorate('db', db);
    reportDerivationFailures(db, (failure) =>
      app.log.error(
        { stored: failure.stored, recordType: failure.type, recordId: failure.id, err: failure.error },
        describeDerivationFailure(failure),
      ),
    );
    app.addHook('onClose', async () => {
      if (db.$client.open) db.$client.close();
    });
  },
  { name: 'database' },
);
