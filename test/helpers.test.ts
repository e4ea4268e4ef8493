import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './helpers.js';

const countOf = (db: ReturnType<typeof createTestDatabase>, table: string) =>
  db.all<{ n: number }>(sql`select count(*) as n from ${sql.identifier(table)}`)[0]!.n;

describe('createTestDatabase', () => {
  it('gives every caller its own copy: a write to one reaches no other', () => {
    const first = createTestDatabase();
    const second = createTestDatabase();
    const demands = countOf(first, 'demands');
    first.run(sql`delete from evidence where record_type = 'demand'`);
    first.run(sql`delete from response_answers`);
    first.run(sql`delete from response_conditions`);
    first.run(sql`update reasons set answers_demand_id = null`);
    first.run(sql`delete from demands`);
    expect(countOf(first, 'demands')).toBe(0);
    expect(countOf(second, 'demands')).toBe(demands);
    expect(countOf(createTestDatabase(), 'demands')).toBe(demands);
    first.$client.close();
    expect(countOf(createTestDatabase(), 'demands')).toBe(demands);
  });

  it('copies synthetic datasets the same way', () => {
    const first = createTestDatabase({ synthetic: { demands: 50, seed: 1 } });
    const demands = countOf(first, 'demands');
    expect(demands).toBe(53);
    first.run(sql`update demands set title = 'changed'`);
    expect(
      createTestDatabase({ synthetic: { demands: 50, seed: 1 } }).all(
        sql`select id from demands where title = 'changed'`,
      ),
    ).toEqual([]);
  });

  it('opens an unseeded copy migrated but empty', () => {
    const db = createTestDatabase({ seed: false });
    expect(countOf(db, 'demands')).toBe(0);
    expect(countOf(db, 'sources')).toBe(0);
  });

  it('applies the connection pragmas to every copy', () => {
    const db = createTestDatabase();
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
    const orphan =
      db.$client.prepare(`insert into demands (id, party_id, issue_id, title, summary, status, raised_on_precision)
        values ('orphan', 'no-such-party', 'ending-the-war', 't', 's', 'pressed', 'unknown')`);
    expect(() => orphan.run()).toThrow(/FOREIGN KEY/);
  });
});
