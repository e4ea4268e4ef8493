import { describe, expect, it } from 'vitest';
import { problemResponses } from '../src/http/problem.js';

describe('problemResponses', () => {
  it('describes every status a route can declare, and always 500', () => {
    const responses = problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 429, 503);
    for (const [status, response] of Object.entries(responses)) {
      expect(response.description, status).toMatch(/\w{3}/);
      expect(Object.keys(response.content)).toEqual(['application/problem+json']);
    }
    expect(Object.keys(responses)).toContain('500');
  });

  it('does not compile for a status it has no description of', () => {
    // @ts-expect-error 418 is not a status any route answers with.
    expect(() => problemResponses(418)).not.toThrow();
  });
});
