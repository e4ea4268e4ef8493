import fp from 'fastify-plugin';
import type { AppDatabase } from '../db/client.js';
import { reportDerivationFailures } from '../domain/derivation-failures.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: AppDatabase;
  }
}

/**
 * Exposes the database to routes and closes it with the app; the app owns the handle it is given. What the
 * write path cannot store for fast reads (a bad row written outside the API) is logged, once each.
 */
export default fp<{ db: AppDatabase }>(
  async (app, { db }) => {
    app.decorate('db', db);
    reportDerivationFailures(db, ({ stored, type, id, error }) =>
      app.log.warn(
        { stored, recordType: type, recordId: id, err: error },
        stored === 'positions'
          ? `cannot store the positions on ${type} ${id}: left marked, worked out on each read instead`
          : `cannot store ${type} ${id} as answered: left marked, built on each read instead`,
      ),
    );
    app.addHook('onClose', async () => {
      if (db.$client.open) db.$client.close();
    });
  },
  { name: 'database' },
);
