// A workflow state's `kind` is named `stage` (its stage in a document's life): the column and its enum are
// renamed in place, so every stored workflow keeps its states.
import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_workflows_states_kind" RENAME TO "enum_workflows_states_stage";
  ALTER TABLE "workflows_states" RENAME COLUMN "kind" TO "stage";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_workflows_states_stage" RENAME TO "enum_workflows_states_kind";
  ALTER TABLE "workflows_states" RENAME COLUMN "stage" TO "kind";`)
}
