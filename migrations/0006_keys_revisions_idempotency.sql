CREATE TABLE `api_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`prefix` text NOT NULL,
	`hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_idx` ON `api_keys` (`hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_name_idx` ON `api_keys` (`name`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`key` text NOT NULL,
	`actor` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`response` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`actor`, `key`)
);
--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`action` text NOT NULL,
	`actor` text NOT NULL,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `revisions_record_idx` ON `revisions` (`record_type`,`record_id`);--> statement-breakpoint
-- Records written before revisions existed get one, so every record has a version from here on.
INSERT INTO `revisions` (`record_type`, `record_id`, `action`, `actor`)
  SELECT 'source', id, 'create', 'migration' FROM `sources` UNION ALL
  SELECT 'party', id, 'create', 'migration' FROM `parties` UNION ALL
  SELECT 'actor', id, 'create', 'migration' FROM `actors` UNION ALL
  SELECT 'issue', id, 'create', 'migration' FROM `issues` UNION ALL
  SELECT 'proposal', id, 'create', 'migration' FROM `proposals` UNION ALL
  SELECT 'demand', id, 'create', 'migration' FROM `demands` UNION ALL
  SELECT 'response', id, 'create', 'migration' FROM `responses` UNION ALL
  SELECT 'reason', id, 'create', 'migration' FROM `reasons` UNION ALL
  SELECT 'statement', id, 'create', 'migration' FROM `statements` UNION ALL
  SELECT 'meeting', id, 'create', 'migration' FROM `meetings`;
