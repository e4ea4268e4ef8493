import Fastify from 'fastify';

/** The baseline: a bare Fastify route answering a fixed JSON body, measured in the same run. */
const body = { items: [{ id: 'fixed', title: 'A fixed body', evidence: [] }], nextCursor: null };
const app = Fastify({ logger: false });
app.get('/bare', async () => body);
const port = Number(process.env.PORT ?? 3900);
await app.listen({ host: '127.0.0.1', port });
console.log(`bare server listening on ${port}`);
