import fp from 'fastify-plugin';
import type { AppDatabase } from '../db/client.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: AppDatabase;
  }
}

/** Exposes the database to routes and closes it with the app; the app owns the handle it is given. */
export default fp<{ db: AppDatabase }>(
  async (app, { db }) => {
    app.decorate('db', db);
    app.addHook('onClose', async () => {
      if (db.$client.open) db.$client.close();
    });
  },
  { name: 'database' },
);
