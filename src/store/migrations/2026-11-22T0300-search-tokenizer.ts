import { type Kysely, PostgresAdapter, sql } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
//
// SQLite only. The words in search_documents arrive folded and space-separated
// (`searchWords`), so FTS5 must split at spaces alone: the `ascii` tokenizer does (other
// characters are word characters), while `unicode61` splits at letters its older Unicode
// tables do not know (e.g. U+19B8) and found words PostgreSQL does not. Also adds an index
// covering what ranking reads, so sorting thousands of matches never reads their bodies
// (about 5x faster on broad queries over 100,000 notes; see bench/search.mjs).
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`drop table search_fts`.execute(db);
  await sql`
    create virtual table search_fts using fts5(
      title_words, body_words,
      content = 'search_documents', content_rowid = 'id',
      tokenize = 'ascii'
    )
  `.execute(db);
  // The triggers on search_documents name search_fts and keep working; refill it from
  // the content table it indexes.
  await sql`insert into search_fts (search_fts) values ('rebuild')`.execute(db);
  await db.schema
    .createIndex("search_documents_ranking")
    .on("search_documents")
    .columns(["owner_id", "id", "title_words", "recency", "entity_type", "entity_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await db.schema.dropIndex("search_documents_ranking").execute();
  await sql`drop table search_fts`.execute(db);
  await sql`
    create virtual table search_fts using fts5(
      title_words, body_words,
      content = 'search_documents', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    )
  `.execute(db);
  await sql`insert into search_fts (search_fts) values ('rebuild')`.execute(db);
}
