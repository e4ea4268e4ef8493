import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../http/problem.js';
import { apiInfo } from '../plugins/docs.js';

const links = [
  { rel: 'docs', href: '/docs', title: 'Swagger UI: every endpoint, with “Try it out”' },
  { rel: 'openapi', href: '/openapi.json', title: 'The OpenAPI 3.1 document, to generate a client from' },
  { rel: 'health', href: '/health', title: 'Whether the service and its database are up' },
];

/** The stops of the README's one-minute tour (test/home.test.ts keeps the two in step). */
export const tour = [
  { title: 'Where Hamas stands: it approved the framework, with conditions', href: '/v1/parties/hamas/positions' },
  { title: 'Hamas’s three amendments, with its reasons and quotes', href: '/v1/parties/hamas/demands' },
  { title: 'Israel’s rejection, answer by answer', href: '/v1/responses/israel-rejects-hamas-amendments' },
  { title: 'Israel rejects Hamas’s demand, not the end of the war', href: '/v1/issues/ending-the-war/positions' },
  { title: 'Appeals and other statements of the report', href: '/v1/statements?kind=appeal' },
  { title: 'What happened in what order, as far as the text says', href: '/v1/timeline' },
  { title: 'The report itself: every quote’s offsets index its text', href: '/v1/sources/ceasefire-talks-report' },
  { title: 'A search over records, quotes and the full text', href: '/v1/search?q=captives' },
];

const LinkSchema = z.object({ rel: z.string().optional(), href: z.string(), title: z.string() });

const HomeSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    description: z.string(),
    links: z.array(LinkSchema).describe('Where to start: the docs, the OpenAPI document, the health check.'),
    tour: z.array(LinkSchema).describe('The README’s one-minute tour, request by request.'),
    readme: z.string().describe('Where the README’s tour is, in the project.'),
  })
  .meta({ id: 'Home', description: 'Where to start with the API.' });

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function homePage(): string {
  const item = ({ href, title }: { href: string; title: string }) =>
    `<li><a href="${escapeHtml(href)}">${escapeHtml(title)}</a> <code>${escapeHtml(href)}</code></li>`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(apiInfo.title)}</title></head><body>`,
    `<h1>${escapeHtml(apiInfo.title)}</h1>`,
    `<p>${escapeHtml(apiInfo.description.split('\n\n')[0]!.replaceAll('\n', ' '))}</p>`,
    `<ul>${links.map(item).join('')}</ul>`,
    '<h2>A one-minute tour</h2>',
    `<ol>${tour.map(item).join('')}</ol>`,
    '<p>More in the README, “A one-minute tour”.</p>',
    '</body></html>',
    '',
  ].join('\n');
}

/** Whether `Accept` prefers HTML to JSON (a browser does; curl and clients do not). */
function prefersHtml(accept: string | undefined): boolean {
  const ranges = (accept ?? '')
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { type: type.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((range) => range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const first = ranges.find((range) => ['text/html', 'application/json', '*/*'].includes(range.type));
  return first?.type === 'text/html';
}

/** `GET /`: where to start, as JSON, or as a page for a browser. */
const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['System'],
        operationId: 'getHome',
        summary: 'Where to start',
        description:
          'Links to the docs, the OpenAPI document and the README’s tour; an HTML page when `Accept` prefers ' +
          '`text/html` (a browser), JSON otherwise.',
        querystring: z.strictObject({}),
        response: {
          200: {
            description: 'Where to start with the API.',
            content: {
              'application/json': { schema: HomeSchema },
              'text/html': { schema: z.string().describe('The same links, as a page.') },
            },
          },
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      reply.header('vary', 'accept');
      if (prefersHtml(request.headers.accept)) return reply.type('text/html; charset=utf-8').send(homePage());
      return {
        name: apiInfo.title,
        version: apiInfo.version,
        description: apiInfo.description.split('\n\n')[0]!.replaceAll('\n', ' '),
        links,
        tour,
        readme: 'README.md, “A one-minute tour”',
      };
    },
  );
};

export default homeRoutes;
