import { EventEmitter } from 'node:events';
import type { Readable } from 'node:stream';
import fp from 'fastify-plugin';
import { AppError } from '../http/problem.js';

/** Seconds a client turned away for lack of an export slot is asked to wait. */
const exportRetryAfterSeconds = 5;

/**
 * Bounds the CSV/NDJSON exports running at once: each holds a slot from its start until its stream
 * closes (finished, failed, or the client gone). `release` is emitted when a slot frees.
 */
export class ExportSlots extends EventEmitter<{ release: [] }> {
  readonly #running = new Set<Readable>();

  constructor(readonly max: number) {
    super();
  }

  get active(): number {
    return this.#running.size;
  }

  /** Runs `stream` in a slot, or throws a 503 problem with `Retry-After` when every slot is taken. */
  admit(stream: Readable): Readable {
    if (this.#running.size >= this.max) {
      stream.destroy();
      throw new AppError(503, 'too_many_exports', `${this.max} exports are already running; retry in a few seconds.`, {
        'retry-after': String(exportRetryAfterSeconds),
      });
    }
    this.#running.add(stream);
    stream.once('close', () => {
      this.#running.delete(stream);
      this.emit('release');
    });
    return stream;
  }

  /**
   * Cuts every running export (on shutdown): their streams end with an error, so no client mistakes a
   * cut file for a whole one.
   */
  cutAll(): void {
    for (const stream of this.#running) stream.destroy(new Error('the server is shutting down'));
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    exportSlots: ExportSlots;
  }
}

/** The export slots, shared by every list route; running exports are cut when the app closes. */
export default fp<{ max: number }>(
  async (app, { max }) => {
    const slots = new ExportSlots(max);
    app.decorate('exportSlots', slots);
    app.addHook('preClose', async () => slots.cutAll());
  },
  { name: 'exports' },
);
