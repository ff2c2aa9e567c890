import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "audit_archives" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"period" varchar NOT NULL,
  	"records" numeric NOT NULL,
  	"first_seq" numeric,
  	"last_seq" numeric,
  	"first_prev_hash" varchar,
  	"last_hash" varchar,
  	"file" varchar,
  	"file_sm3" varchar,
  	"archived_at" timestamp(3) with time zone NOT NULL,
  	"signature" varchar NOT NULL,
  	"public_key" varchar NOT NULL,
  	"user_id" varchar NOT NULL,
  	"key_version" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_checkpoints_fk";
  
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_checkpoints_id_idx";
  CREATE UNIQUE INDEX "audit_archives_period_idx" ON "audit_archives" USING btree ("period");
  CREATE INDEX "audit_archives_last_seq_idx" ON "audit_archives" USING btree ("last_seq");
  CREATE INDEX "audit_archives_updated_at_idx" ON "audit_archives" USING btree ("updated_at");
  CREATE INDEX "audit_archives_created_at_idx" ON "audit_archives" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_checkpoints_id";`)
  // Archives are append-only like the log and its checkpoints.
  await db.execute(sql`
  CREATE TRIGGER "audit_archives_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_archives" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
  CREATE TRIGGER "audit_archives_no_truncate" BEFORE TRUNCATE ON "audit_archives" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();`)
  // The audit log becomes a table partitioned by month (UTC) of "at", so that months past the retention
  // period can be archived and detached whole (cms/lib/audit/archive.ts). A unique key on a partitioned
  // table must contain the partition key: the primary key becomes (id, at), and "seq" stays unique by
  // construction (assigned under an advisory lock) and is checked by the chain verifier.
  await db.execute(sql`
  ALTER TABLE "audit_log" RENAME TO "audit_log_unpartitioned";
  ALTER TABLE "audit_log_unpartitioned" DROP CONSTRAINT "audit_log_pkey";
  DROP INDEX "audit_log_seq_idx", "audit_log_at_idx", "audit_log_event_idx", "audit_log_updated_at_idx", "audit_log_created_at_idx";
  CREATE TABLE "audit_log" (LIKE "audit_log_unpartitioned" INCLUDING DEFAULTS) PARTITION BY RANGE ("at");
  ALTER TABLE "audit_log" ADD PRIMARY KEY ("id", "at");
  -- Catches a record whose month has no partition yet, so that no record is ever refused for that reason.
  CREATE TABLE "audit_log_default" PARTITION OF "audit_log" DEFAULT;`)
  // One partition per month from the month of from_time to the month of to_time. Returns the months it had
  // to skip because records of that month already sit in the default partition (the audit job alerts).
  await db.execute(sql`
  CREATE FUNCTION "audit_log_ensure_partitions"(from_time timestamptz, to_time timestamptz) RETURNS text[] LANGUAGE plpgsql AS $$
  DECLARE
    m_start timestamp := date_trunc('month', from_time AT TIME ZONE 'UTC');
    last_month timestamp := date_trunc('month', to_time AT TIME ZONE 'UTC');
    label text;
    skipped text[] := '{}';
  BEGIN
    WHILE m_start <= last_month LOOP
      label := to_char(m_start, 'YYYY-MM');
      IF to_regclass('audit_log_p' || to_char(m_start, 'YYYYMM')) IS NULL
        AND NOT EXISTS (SELECT 1 FROM "audit_archives" WHERE "period" = label) THEN
        IF EXISTS (SELECT 1 FROM "audit_log_default" WHERE "at" >= (m_start AT TIME ZONE 'UTC') AND "at" < ((m_start + interval '1 month') AT TIME ZONE 'UTC')) THEN
          skipped := skipped || label;
        ELSE
          EXECUTE format('CREATE TABLE %I PARTITION OF "audit_log" FOR VALUES FROM (%L) TO (%L)',
            'audit_log_p' || to_char(m_start, 'YYYYMM'), m_start AT TIME ZONE 'UTC', (m_start + interval '1 month') AT TIME ZONE 'UTC');
        END IF;
      END IF;
      m_start := m_start + interval '1 month';
    END LOOP;
    RETURN skipped;
  END $$;
  REVOKE ALL ON FUNCTION "audit_log_ensure_partitions"(timestamptz, timestamptz) FROM PUBLIC;`)
  await db.execute(sql`
  SELECT "audit_log_ensure_partitions"(coalesce((SELECT min("at") FROM "audit_log_unpartitioned"), now()), now() + interval '12 months');
  INSERT INTO "audit_log" SELECT * FROM "audit_log_unpartitioned";
  DROP TABLE "audit_log_unpartitioned";
  CREATE INDEX "audit_log_seq_idx" ON "audit_log" USING btree ("seq");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_event_idx" ON "audit_log" USING btree ("event");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE TRIGGER "audit_log_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
  CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Back to one plain table (archived months stay in their files).
  await db.execute(sql`
  CREATE TABLE "audit_log_plain" (LIKE "audit_log" INCLUDING DEFAULTS);
  INSERT INTO "audit_log_plain" SELECT * FROM "audit_log";
  DROP TABLE "audit_log" CASCADE;
  DROP FUNCTION "audit_log_ensure_partitions"(timestamptz, timestamptz);
  ALTER TABLE "audit_log_plain" RENAME TO "audit_log";
  ALTER TABLE "audit_log" ADD PRIMARY KEY ("id");
  CREATE UNIQUE INDEX "audit_log_seq_idx" ON "audit_log" USING btree ("seq");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_event_idx" ON "audit_log" USING btree ("event");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE TRIGGER "audit_log_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
  CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();`)
  await db.execute(sql`
   ALTER TABLE "audit_archives" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_archives" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_checkpoints_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_checkpoints_fk" FOREIGN KEY ("audit_checkpoints_id") REFERENCES "public"."audit_checkpoints"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_audit_checkpoints_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_checkpoints_id");`)
}
