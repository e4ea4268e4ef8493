import { getTableColumns, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type statementKinds, statementParties, statements } from '../../db/schema.js';
import { groupBy } from '../../lib/collections.js';
import { type AsOfScope, present, presentOne, type ReadOptions, resolveAsOf, visibleRecords } from '../as-of.js';
import type { Evidence } from '../evidence.js';
import { changedAfter, listFilter, oneOf } from '../paging/filters.js';
import { fetchPage, type ListQuery, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { allForList, prepareSelect } from '../prepared.js';
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

const statementList: ListQuery<typeof statements, keyof typeof statementSortColumns, StatementFilters> = {
  table: statements,
  resource: 'statements',
  filters: {
    kind: oneOf(statements.kind),
    party: oneOf(statements.partyId),
    about: listFilter((matches) =>
      inArray(
        statements.id,
        sql`(select ${statementParties.statementId} from ${statementParties}
             where ${matches(statementParties.partyId)})`,
      ),
    ),
    issue: oneOf(statements.issueId),
    updatedSince: changedAfter(statements.updatedAt),
  },
  visible: (sources) => visibleRecords(sources, 'statement', statements.id),
  sortColumns: statementSortColumns,
};

function withParties(
  db: AppDatabase,
  rows: (typeof statements.$inferSelect)[],
  scope: AsOfScope | undefined,
): Statement[] {
  const links = groupBy(
    allForList(
      db,
      'statements|parties',
      rows.map((row) => row.id),
      (matches) =>
        prepareSelect(getTableColumns(statementParties), (columns) =>
          db
            .select(columns)
            .from(statementParties)
            .where(matches(statementParties.statementId))
            .orderBy(sql`${statementParties}.rowid`),
        ),
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
  const { rows, ...page } = fetchPage(db, statementList, filters, scope?.sourceIds);
  return { items: withParties(db, rows, scope), ...page };
}

export function getStatement(db: AppDatabase, id: string, options: ReadOptions = {}): Statement {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('statement', rowById(db, statements, 'statement', id), scope, (rows) =>
    withParties(db, rows, scope),
  );
}
