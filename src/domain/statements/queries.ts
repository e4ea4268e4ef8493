import { and, inArray, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type statementKinds, statementParties, statements } from '../../db/schema.js';
import { chunks, groupBy } from '../../lib/collections.js';
import { type AsOfScope, present, presentOne, type ReadOptions, resolveAsOf, visibleRecords } from '../as-of.js';
import type { Evidence } from '../evidence.js';
import { anyOf, changedSince } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById } from '../rows.js';

/** An intention, a firm stance, an appeal, context or an assessment a source states. */
export type Statement = typeof statements.$inferSelect & {
  href: string;
  aboutPartyIds: string[];
  evidence: Evidence[];
};

export const statementSortColumns = {
  title: statements.title,
  kind: statements.kind,
  createdAt: statements.createdAt,
  updatedAt: statements.updatedAt,
} satisfies SortColumns<string>;

export type StatementFilters = {
  kind?: readonly (typeof statementKinds)[number][] | undefined;
  party?: readonly string[] | undefined;
  about?: readonly string[] | undefined;
  issue?: readonly string[] | undefined;
  updatedSince?: string | undefined;
};

function statementConditions(filters: StatementFilters): SQL | undefined {
  return and(
    anyOf(statements.kind, filters.kind),
    anyOf(statements.partyId, filters.party),
    anyOf(statements.issueId, filters.issue),
    filters.about
      ? inArray(
          statements.id,
          sql`(select ${statementParties.statementId} from ${statementParties}
               where ${anyOf(statementParties.partyId, filters.about)})`,
        )
      : undefined,
    changedSince(statements.updatedAt, filters.updatedSince),
  );
}

function withParties(
  db: AppDatabase,
  rows: (typeof statements.$inferSelect)[],
  scope: AsOfScope | undefined,
): Statement[] {
  const links = groupBy(
    chunks(rows.map((row) => row.id)).flatMap((batch) =>
      db
        .select()
        .from(statementParties)
        .where(inArray(statementParties.statementId, batch))
        .orderBy(sql`${statementParties}.rowid`)
        .all(),
    ),
    (link) => link.statementId,
  );
  const withAbout = rows.map((row) => ({
    ...row,
    aboutPartyIds: (links.get(row.id) ?? []).map((link) => link.partyId),
  }));
  return present(db, 'statement', withAbout, scope);
}

export function listStatements(
  db: AppDatabase,
  filters: StatementFilters & ReadOptions & PageRequest<keyof typeof statementSortColumns>,
): Page<Statement> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, {
    table: statements,
    where: and(statementConditions(filters), visibleRecords(scope, 'statement', statements.id)),
    sortColumns: statementSortColumns,
    page: filters,
    resource: 'statements',
    filters,
  });
  return { items: withParties(db, rows, scope), ...page };
}

export function getStatement(db: AppDatabase, id: string, options: ReadOptions = {}): Statement {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('statement', rowById(db, statements, 'statement', id), scope, (rows) =>
    withParties(db, rows, scope),
  );
}
