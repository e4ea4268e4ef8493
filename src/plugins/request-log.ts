import fp from 'fastify-plugin';

/**
 * One log line per request at `info`, when it has been answered: method, URL, status and time taken.
 * At `debug`, also a line when it arrives (to see requests still in flight). Fastify's own request
 * logging (a line on arrival and another on completion, both at `info`) is turned off in buildApp.
 */
export default fp(
  async (app) => {
    // Hooks taking `done`, not async ones: see http/hooks.ts.
    app.addHook('onRequest', (request, _reply, done) => {
      request.log.debug({ method: request.method, url: request.url }, 'incoming request');
      done();
    });
    app.addHook('onResponse', (request, reply, done) => {
      const responseTime = Math.round(reply.elapsedTime * 10) / 10;
      request.log.info(
        { method: request.method, url: request.url, statusCode: reply.statusCode, responseTime },
        `${request.method} ${request.url} ${reply.statusCode} ${responseTime}ms`,
      );
      done();
    });
  },
  { name: 'request-log' },
);
