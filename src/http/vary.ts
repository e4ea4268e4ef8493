import type { FastifyReply } from 'fastify';

/** Adds `fields` to the response's `Vary` header, keeping what is there (e.g. CORS's `Origin`). */
export function varyOn(reply: FastifyReply, fields: string) {
  let current = String(reply.getHeader('vary') ?? '');
  for (const field of fields.split(',').map((name) => name.trim())) {
    const present = current.split(',').map((name) => name.trim().toLowerCase());
    if (field && !present.includes(field.toLowerCase())) current = current ? `${current}, ${field}` : field;
  }
  if (current) reply.header('vary', current);
}
