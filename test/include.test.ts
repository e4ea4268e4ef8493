import { describe, expect, it } from 'vitest';
import { DemandPageSchema, DemandSchema, ResponsePageSchema, ResponseSchema } from '../src/routes/relations.js';

import { buildTestApp, createTestDatabase, expectOk, expectProblem, watchStatements } from './helpers.js';

describe('include=: related records inline', () => {
  it('embeds a demand’s party, issue, proposal and responses, with evidence throughout', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(
      await app.inject('/v1/demands?party=hamas&include=party,issue,proposal,responses'),
      DemandPageSchema,
    );
    for (const demand of items) {
      expect(demand.party?.id).toBe('hamas');
      expect(demand.issue?.id).toBe(demand.issueId);
      expect(demand.proposal?.id).toBe('truce-framework');
      expect(demand.responses?.map((response) => response.id)).toEqual(['israel-rejects-hamas-amendments']);
      expect(demand.responses?.[0]?.evidence.length).toBeGreaterThan(0);
      expect(demand.issue?.evidence.length).toBeGreaterThan(0);
    }
  });

  it('embeds only what is asked for, on lists and on single records', async () => {
    const app = await buildTestApp();
    const plain = expectOk(await app.inject('/v1/demands/aid-through-pre-existing-channels'), DemandSchema);
    expect(plain).not.toHaveProperty('party');
    expect(plain).not.toHaveProperty('responses');
    const withIssue = expectOk(
      await app.inject('/v1/demands/aid-through-pre-existing-channels?include=issue'),
      DemandSchema,
    );
    expect(withIssue.issue?.title).toBe('Humanitarian aid channels');
    expect(withIssue).not.toHaveProperty('party');
    const response = expectOk(
      await app.inject('/v1/responses/israel-rejects-hamas-amendments?include=actor,demands,party'),
      ResponseSchema,
    );
    expect(response.actor?.name).toBe('Netanyahu’s office');
    expect(response.party?.name).toBe('Israel');
    expect(response.demands?.map((demand) => demand.id)).toEqual(response.answers.map((answer) => answer.demandId));
    const approval = expectOk(
      await app.inject('/v1/responses/hamas-approves-framework-with-amendments?include=actor,demands'),
      ResponseSchema,
    );
    expect(approval.actor).toBeNull();
    expect(approval.demands).toEqual([]);
  });

  it('embeds a meeting’s participating parties and actors', async () => {
    const app = await buildTestApp();
    const meeting = (await app.inject('/v1/meetings/washington-meeting?include=parties,actors')).json();
    expect(meeting.parties.map((party: { id: string }) => party.id)).toEqual(['israel', 'united-states']);
    expect(meeting.actors.map((actor: { id: string }) => actor.id)).toEqual(['benjamin-netanyahu', 'us-president']);
    const { items } = (await app.inject('/v1/meetings?status=held&include=actors')).json();
    expect(items[0].actors).toHaveLength(3);
    expect(items[0]).not.toHaveProperty('parties');
    expectProblem(await app.inject('/v1/meetings?include=issues'), 400, 'validation_failed');
  });

  it('embeds a meeting’s parties without all their actors, unless asked with parties.actors', async () => {
    const app = await buildTestApp();
    const plain = (await app.inject('/v1/meetings/israeli-security-meeting?include=parties')).json();
    expect(plain.parties.map((party: { id: string }) => party.id)).toEqual(['israel']);
    expect(plain.parties[0]).not.toHaveProperty('actors');
    const withActors = (await app.inject('/v1/meetings/israeli-security-meeting?include=parties.actors')).json();
    expect(withActors.parties[0].actors.length).toBeGreaterThan(3);
    expect(withActors.parties[0].actors.length).toBeGreaterThan(plain.participants.length);
    const csv = await app.inject('/v1/meetings?format=csv&include=parties.actors');
    expect(csv.body.split('\r\n')[0]).toMatch(/,parties$/);
  });

  it('rejects unknown relations', async () => {
    const app = await buildTestApp();
    expectProblem(await app.inject('/v1/demands?include=author'), 400, 'validation_failed');
    expectProblem(await app.inject('/v1/responses?include=responses'), 400, 'validation_failed');
  });

  it('adds included relations to CSV exports as columns holding their titles', async () => {
    const app = await buildTestApp();
    const csv = (await app.inject('/v1/demands?party=hamas&format=csv&include=issue')).body;
    expect(csv.split('\r\n')[0]).toMatch(/,issue$/);
    expect(csv.split('\r\n')[1]).toMatch(/,Ending the war$/);
    expect((await app.inject('/v1/demands?party=hamas&format=csv')).body.split('\r\n')[0]).not.toMatch(
      /issue,|,party$/,
    );
  });

  it('runs the same number of queries for a page of 5 as for a page of 200', async () => {
    const db = createTestDatabase({ synthetic: { demands: 600, seed: 11 } });
    const app = await buildTestApp({ db });
    const statements = watchStatements(db);
    const countFor = async (url: string) => {
      const before = statements.runs;
      expect((await app.inject(url)).statusCode).toBe(200);
      return statements.runs - before;
    };
    const include = 'include=party,issue,proposal,responses';
    expect(await countFor(`/v1/demands?limit=200&${include}`)).toBe(
      await countFor(`/v1/demands?limit=5&sort=title&${include}`),
    );
    const responses = 'include=party,actor,proposal,demands';
    expect(await countFor(`/v1/responses?limit=200&${responses}`)).toBe(
      await countFor(`/v1/responses?limit=5&sort=stance&${responses}`),
    );
    const page = expectOk(await app.inject(`/v1/responses?limit=200&${responses}`), ResponsePageSchema);
    expect(page.items.every((item) => item.demands!.length === item.answers.length)).toBe(true);
  });
});
