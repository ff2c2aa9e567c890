// Internal tables (not Payload collections) that every app server shares: per-key rate-limit counters
// (public forms per visitor address, failed staff logins per client address) and the nonces of signed
// service requests, each row with its expiry (cms/lib/http/rateLimit.ts, cms/lib/http/serviceRequest.ts).
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "rate_limits" (
  	"key" varchar(300) PRIMARY KEY NOT NULL,
  	"points" integer NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  CREATE INDEX "rate_limits_expires_at_idx" ON "rate_limits" USING btree ("expires_at");
  CREATE TABLE "service_nonces" (
  	"nonce" char(32) PRIMARY KEY NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  CREATE INDEX "service_nonces_expires_at_idx" ON "service_nonces" USING btree ("expires_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "service_nonces";
  DROP TABLE "rate_limits";`)
}
