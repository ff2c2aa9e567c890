// One name per concept (issue 16 §5): a dictionary entry's list (sensitive word, typo, protected term, …) is
// its `listType`, no longer `kind`; a finding's check is its `rule`. Renamed in place, so every entry and its
// versions keep their list: the columns and their enum types, and the findings kept in 内容巡检 reports
// (safety_scans.findings, JSON) get `rule` for `kind`. The identities of findings (`<rule>:<found>:…` in
// reports' keys and in accepted findings) are unchanged strings.
import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** Renames one key of every object in a JSON array column (element order kept; other values untouched). */
const renameFindingKey = (from: string, to: string) => sql`
  UPDATE "safety_scans" SET "findings" = (
    SELECT jsonb_agg(
      CASE WHEN jsonb_typeof(element) = 'object' AND element ? ${from}
        THEN (element - ${from}::text) || jsonb_build_object(${to}::text, element -> ${from}::text)
        ELSE element END
      ORDER BY position)
    FROM jsonb_array_elements("findings") WITH ORDINALITY AS items(element, position))
  WHERE jsonb_typeof("findings") = 'array' AND jsonb_array_length("findings") > 0;`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_sensitive_words_kind" RENAME TO "enum_sensitive_words_list_type";
  ALTER TYPE "public"."enum__sensitive_words_v_version_kind" RENAME TO "enum__sensitive_words_v_version_list_type";
  ALTER TABLE "sensitive_words" RENAME COLUMN "kind" TO "list_type";
  ALTER TABLE "_sensitive_words_v" RENAME COLUMN "version_kind" TO "version_list_type";`)
  await db.execute(renameFindingKey('kind', 'rule'))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(renameFindingKey('rule', 'kind'))
  await db.execute(sql`
  ALTER TABLE "_sensitive_words_v" RENAME COLUMN "version_list_type" TO "version_kind";
  ALTER TABLE "sensitive_words" RENAME COLUMN "list_type" TO "kind";
  ALTER TYPE "public"."enum__sensitive_words_v_version_list_type" RENAME TO "enum__sensitive_words_v_version_kind";
  ALTER TYPE "public"."enum_sensitive_words_list_type" RENAME TO "enum_sensitive_words_kind";`)
}
