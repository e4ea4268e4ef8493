import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tour } from '../src/routes/home.js';
import { buildTestApp } from './helpers.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const readmeTour = readme.slice(readme.indexOf('## A one-minute tour'), readme.indexOf('Record what happens next'));

describe('GET /', () => {
  it('points to the docs, the OpenAPI document and the README tour, as JSON', async () => {
    const app = await buildTestApp();
    const response = await app.inject('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const home = response.json();
    expect(home.links.map((link: { href: string }) => link.href)).toEqual(['/docs', '/openapi.json', '/health']);
    expect(home.tour.length).toBeGreaterThan(5);
    expect(home.readme).toMatch(/README/);
  });

  it('answers a browser with a page of the same links', async () => {
    const app = await buildTestApp();
    const response = await app.inject({
      url: '/',
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers.vary).toMatch(/accept/i);
    expect(response.body).toContain('<a href="/docs">');
    expect(response.body).toContain('<a href="/openapi.json">');
    expect(response.body).toContain('/v1/parties/hamas/positions');
  });

  it('keeps to JSON when JSON is preferred or anything goes', async () => {
    const app = await buildTestApp();
    for (const accept of ['*/*', 'application/json', 'text/html;q=0.5, application/json']) {
      const response = await app.inject({ url: '/', headers: { accept } });
      expect(response.headers['content-type'], accept).toMatch(/^application\/json/);
    }
  });

  it('tours the README’s stops, each of which answers', async () => {
    const app = await buildTestApp();
    for (const stop of tour) {
      expect(readmeTour, stop.href).toContain(`'http://127.0.0.1:3000${stop.href}'`);
      expect((await app.inject(stop.href)).statusCode, stop.href).toBe(200);
    }
  });
});
