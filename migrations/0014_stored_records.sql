-- Demands as the API answers them, stored by the write path (src/domain/stored-records.ts), and the
-- triggers that mark which a change may make wrong (`npm run db:triggers -- demands claims reasons evidence sources`).
CREATE TABLE `stale_records` (
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	PRIMARY KEY(`record_type`, `record_id`)
);
--> statement-breakpoint
CREATE TABLE `stored_records` (
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`json` text NOT NULL,
	PRIMARY KEY(`record_type`, `record_id`)
);
--> statement-breakpoint
DROP TRIGGER IF EXISTS `demands_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `demands_after_insert` AFTER INSERT ON `demands` BEGIN
  INSERT INTO `search_documents` (`id`, `record_type`, `record_id`, `field`, `content`) SELECT (SELECT coalesce(min(`id`), ((3 - 3) * 1099511627776 + (CASE WHEN length(new.title) <= 16 THEN 0 WHEN length(new.title) <= 32 THEN 1 WHEN length(new.title) <= 64 THEN 2 WHEN length(new.title) <= 128 THEN 3 WHEN length(new.title) <= 256 THEN 4 WHEN length(new.title) <= 512 THEN 5 WHEN length(new.title) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472) - 1 FROM `search_documents` WHERE `id` >= ((3 - 3) * 1099511627776 + (CASE WHEN length(new.title) <= 16 THEN 0 WHEN length(new.title) <= 32 THEN 1 WHEN length(new.title) <= 64 THEN 2 WHEN length(new.title) <= 128 THEN 3 WHEN length(new.title) <= 256 THEN 4 WHEN length(new.title) <= 512 THEN 5 WHEN length(new.title) <= 1024 THEN 6 ELSE 7 END) * 137438953472) AND `id` < ((3 - 3) * 1099511627776 + (CASE WHEN length(new.title) <= 16 THEN 0 WHEN length(new.title) <= 32 THEN 1 WHEN length(new.title) <= 64 THEN 2 WHEN length(new.title) <= 128 THEN 3 WHEN length(new.title) <= 256 THEN 4 WHEN length(new.title) <= 512 THEN 5 WHEN length(new.title) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472), 'demand', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`id`, `record_type`, `record_id`, `field`, `content`) SELECT (SELECT coalesce(min(`id`), ((3 - 2) * 1099511627776 + (CASE WHEN length(new.summary) <= 16 THEN 0 WHEN length(new.summary) <= 32 THEN 1 WHEN length(new.summary) <= 64 THEN 2 WHEN length(new.summary) <= 128 THEN 3 WHEN length(new.summary) <= 256 THEN 4 WHEN length(new.summary) <= 512 THEN 5 WHEN length(new.summary) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472) - 1 FROM `search_documents` WHERE `id` >= ((3 - 2) * 1099511627776 + (CASE WHEN length(new.summary) <= 16 THEN 0 WHEN length(new.summary) <= 32 THEN 1 WHEN length(new.summary) <= 64 THEN 2 WHEN length(new.summary) <= 128 THEN 3 WHEN length(new.summary) <= 256 THEN 4 WHEN length(new.summary) <= 512 THEN 5 WHEN length(new.summary) <= 1024 THEN 6 ELSE 7 END) * 137438953472) AND `id` < ((3 - 2) * 1099511627776 + (CASE WHEN length(new.summary) <= 16 THEN 0 WHEN length(new.summary) <= 32 THEN 1 WHEN length(new.summary) <= 64 THEN 2 WHEN length(new.summary) <= 128 THEN 3 WHEN length(new.summary) <= 256 THEN 4 WHEN length(new.summary) <= 512 THEN 5 WHEN length(new.summary) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472), 'demand', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', new.issue_id WHERE new.issue_id IS NOT NULL;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', new.id WHERE 1 AND new.id IS NOT NULL;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `demands_after_update`;
--> statement-breakpoint
CREATE TRIGGER `demands_after_update` AFTER UPDATE ON `demands` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'demand' AND `record_id` = old.id AND `field` IN ('title', 'summary');
  INSERT INTO `search_documents` (`id`, `record_type`, `record_id`, `field`, `content`) SELECT (SELECT coalesce(min(`id`), ((3 - 3) * 1099511627776 + (CASE WHEN length(new.title) <= 16 THEN 0 WHEN length(new.title) <= 32 THEN 1 WHEN length(new.title) <= 64 THEN 2 WHEN length(new.title) <= 128 THEN 3 WHEN length(new.title) <= 256 THEN 4 WHEN length(new.title) <= 512 THEN 5 WHEN length(new.title) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472) - 1 FROM `search_documents` WHERE `id` >= ((3 - 3) * 1099511627776 + (CASE WHEN length(new.title) <= 16 THEN 0 WHEN length(new.title) <= 32 THEN 1 WHEN length(new.title) <= 64 THEN 2 WHEN length(new.title) <= 128 THEN 3 WHEN length(new.title) <= 256 THEN 4 WHEN length(new.title) <= 512 THEN 5 WHEN length(new.title) <= 1024 THEN 6 ELSE 7 END) * 137438953472) AND `id` < ((3 - 3) * 1099511627776 + (CASE WHEN length(new.title) <= 16 THEN 0 WHEN length(new.title) <= 32 THEN 1 WHEN length(new.title) <= 64 THEN 2 WHEN length(new.title) <= 128 THEN 3 WHEN length(new.title) <= 256 THEN 4 WHEN length(new.title) <= 512 THEN 5 WHEN length(new.title) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472), 'demand', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`id`, `record_type`, `record_id`, `field`, `content`) SELECT (SELECT coalesce(min(`id`), ((3 - 2) * 1099511627776 + (CASE WHEN length(new.summary) <= 16 THEN 0 WHEN length(new.summary) <= 32 THEN 1 WHEN length(new.summary) <= 64 THEN 2 WHEN length(new.summary) <= 128 THEN 3 WHEN length(new.summary) <= 256 THEN 4 WHEN length(new.summary) <= 512 THEN 5 WHEN length(new.summary) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472) - 1 FROM `search_documents` WHERE `id` >= ((3 - 2) * 1099511627776 + (CASE WHEN length(new.summary) <= 16 THEN 0 WHEN length(new.summary) <= 32 THEN 1 WHEN length(new.summary) <= 64 THEN 2 WHEN length(new.summary) <= 128 THEN 3 WHEN length(new.summary) <= 256 THEN 4 WHEN length(new.summary) <= 512 THEN 5 WHEN length(new.summary) <= 1024 THEN 6 ELSE 7 END) * 137438953472) AND `id` < ((3 - 2) * 1099511627776 + (CASE WHEN length(new.summary) <= 16 THEN 0 WHEN length(new.summary) <= 32 THEN 1 WHEN length(new.summary) <= 64 THEN 2 WHEN length(new.summary) <= 128 THEN 3 WHEN length(new.summary) <= 256 THEN 4 WHEN length(new.summary) <= 512 THEN 5 WHEN length(new.summary) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472), 'demand', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  UPDATE `demands` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', old.issue_id WHERE old.issue_id IS NOT NULL;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', new.issue_id WHERE new.issue_id IS NOT NULL;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', old.id WHERE 1 AND old.id IS NOT NULL;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', new.id WHERE 1 AND new.id IS NOT NULL;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `demands_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `demands_after_delete` AFTER DELETE ON `demands` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'demand' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'demand' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', old.issue_id WHERE old.issue_id IS NOT NULL;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', old.id WHERE 1 AND old.id IS NOT NULL;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sources_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `sources_after_insert` AFTER INSERT ON `sources` BEGIN
  INSERT INTO `search_documents` (`id`, `record_type`, `record_id`, `field`, `content`) SELECT (SELECT coalesce(min(`id`), ((3 - 3) * 1099511627776 + (CASE WHEN length(new.title) <= 16 THEN 0 WHEN length(new.title) <= 32 THEN 1 WHEN length(new.title) <= 64 THEN 2 WHEN length(new.title) <= 128 THEN 3 WHEN length(new.title) <= 256 THEN 4 WHEN length(new.title) <= 512 THEN 5 WHEN length(new.title) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472) - 1 FROM `search_documents` WHERE `id` >= ((3 - 3) * 1099511627776 + (CASE WHEN length(new.title) <= 16 THEN 0 WHEN length(new.title) <= 32 THEN 1 WHEN length(new.title) <= 64 THEN 2 WHEN length(new.title) <= 128 THEN 3 WHEN length(new.title) <= 256 THEN 4 WHEN length(new.title) <= 512 THEN 5 WHEN length(new.title) <= 1024 THEN 6 ELSE 7 END) * 137438953472) AND `id` < ((3 - 3) * 1099511627776 + (CASE WHEN length(new.title) <= 16 THEN 0 WHEN length(new.title) <= 32 THEN 1 WHEN length(new.title) <= 64 THEN 2 WHEN length(new.title) <= 128 THEN 3 WHEN length(new.title) <= 256 THEN 4 WHEN length(new.title) <= 512 THEN 5 WHEN length(new.title) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472), 'source', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`id`, `record_type`, `record_id`, `field`, `content`) SELECT (SELECT coalesce(min(`id`), ((3 - 0) * 1099511627776 + (CASE WHEN length(new.text) <= 16 THEN 0 WHEN length(new.text) <= 32 THEN 1 WHEN length(new.text) <= 64 THEN 2 WHEN length(new.text) <= 128 THEN 3 WHEN length(new.text) <= 256 THEN 4 WHEN length(new.text) <= 512 THEN 5 WHEN length(new.text) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472) - 1 FROM `search_documents` WHERE `id` >= ((3 - 0) * 1099511627776 + (CASE WHEN length(new.text) <= 16 THEN 0 WHEN length(new.text) <= 32 THEN 1 WHEN length(new.text) <= 64 THEN 2 WHEN length(new.text) <= 128 THEN 3 WHEN length(new.text) <= 256 THEN 4 WHEN length(new.text) <= 512 THEN 5 WHEN length(new.text) <= 1024 THEN 6 ELSE 7 END) * 137438953472) AND `id` < ((3 - 0) * 1099511627776 + (CASE WHEN length(new.text) <= 16 THEN 0 WHEN length(new.text) <= 32 THEN 1 WHEN length(new.text) <= 64 THEN 2 WHEN length(new.text) <= 128 THEN 3 WHEN length(new.text) <= 256 THEN 4 WHEN length(new.text) <= 512 THEN 5 WHEN length(new.text) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472), 'source', new.id, 'text', new.text WHERE new.text IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', `record_id` FROM `claims` WHERE `source_id` = new.id AND `record_type` = 'demand';
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sources_after_update`;
--> statement-breakpoint
CREATE TRIGGER `sources_after_update` AFTER UPDATE ON `sources` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'source' AND `record_id` = old.id AND `field` IN ('title', 'text');
  INSERT INTO `search_documents` (`id`, `record_type`, `record_id`, `field`, `content`) SELECT (SELECT coalesce(min(`id`), ((3 - 3) * 1099511627776 + (CASE WHEN length(new.title) <= 16 THEN 0 WHEN length(new.title) <= 32 THEN 1 WHEN length(new.title) <= 64 THEN 2 WHEN length(new.title) <= 128 THEN 3 WHEN length(new.title) <= 256 THEN 4 WHEN length(new.title) <= 512 THEN 5 WHEN length(new.title) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472) - 1 FROM `search_documents` WHERE `id` >= ((3 - 3) * 1099511627776 + (CASE WHEN length(new.title) <= 16 THEN 0 WHEN length(new.title) <= 32 THEN 1 WHEN length(new.title) <= 64 THEN 2 WHEN length(new.title) <= 128 THEN 3 WHEN length(new.title) <= 256 THEN 4 WHEN length(new.title) <= 512 THEN 5 WHEN length(new.title) <= 1024 THEN 6 ELSE 7 END) * 137438953472) AND `id` < ((3 - 3) * 1099511627776 + (CASE WHEN length(new.title) <= 16 THEN 0 WHEN length(new.title) <= 32 THEN 1 WHEN length(new.title) <= 64 THEN 2 WHEN length(new.title) <= 128 THEN 3 WHEN length(new.title) <= 256 THEN 4 WHEN length(new.title) <= 512 THEN 5 WHEN length(new.title) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472), 'source', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`id`, `record_type`, `record_id`, `field`, `content`) SELECT (SELECT coalesce(min(`id`), ((3 - 0) * 1099511627776 + (CASE WHEN length(new.text) <= 16 THEN 0 WHEN length(new.text) <= 32 THEN 1 WHEN length(new.text) <= 64 THEN 2 WHEN length(new.text) <= 128 THEN 3 WHEN length(new.text) <= 256 THEN 4 WHEN length(new.text) <= 512 THEN 5 WHEN length(new.text) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472) - 1 FROM `search_documents` WHERE `id` >= ((3 - 0) * 1099511627776 + (CASE WHEN length(new.text) <= 16 THEN 0 WHEN length(new.text) <= 32 THEN 1 WHEN length(new.text) <= 64 THEN 2 WHEN length(new.text) <= 128 THEN 3 WHEN length(new.text) <= 256 THEN 4 WHEN length(new.text) <= 512 THEN 5 WHEN length(new.text) <= 1024 THEN 6 ELSE 7 END) * 137438953472) AND `id` < ((3 - 0) * 1099511627776 + (CASE WHEN length(new.text) <= 16 THEN 0 WHEN length(new.text) <= 32 THEN 1 WHEN length(new.text) <= 64 THEN 2 WHEN length(new.text) <= 128 THEN 3 WHEN length(new.text) <= 256 THEN 4 WHEN length(new.text) <= 512 THEN 5 WHEN length(new.text) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472), 'source', new.id, 'text', new.text WHERE new.text IS NOT NULL;
  UPDATE `sources` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', `record_id` FROM `claims` WHERE `source_id` = old.id AND `record_type` = 'demand';
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', `record_id` FROM `claims` WHERE `source_id` = new.id AND `record_type` = 'demand';
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sources_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `sources_after_delete` AFTER DELETE ON `sources` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'source' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'source' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', `record_id` FROM `claims` WHERE `source_id` = old.id AND `record_type` = 'demand';
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `reasons_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `reasons_after_insert` AFTER INSERT ON `reasons` BEGIN
  INSERT INTO `search_documents` (`id`, `record_type`, `record_id`, `field`, `content`) SELECT (SELECT coalesce(min(`id`), ((3 - 2) * 1099511627776 + (CASE WHEN length(new.summary) <= 16 THEN 0 WHEN length(new.summary) <= 32 THEN 1 WHEN length(new.summary) <= 64 THEN 2 WHEN length(new.summary) <= 128 THEN 3 WHEN length(new.summary) <= 256 THEN 4 WHEN length(new.summary) <= 512 THEN 5 WHEN length(new.summary) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472) - 1 FROM `search_documents` WHERE `id` >= ((3 - 2) * 1099511627776 + (CASE WHEN length(new.summary) <= 16 THEN 0 WHEN length(new.summary) <= 32 THEN 1 WHEN length(new.summary) <= 64 THEN 2 WHEN length(new.summary) <= 128 THEN 3 WHEN length(new.summary) <= 256 THEN 4 WHEN length(new.summary) <= 512 THEN 5 WHEN length(new.summary) <= 1024 THEN 6 ELSE 7 END) * 137438953472) AND `id` < ((3 - 2) * 1099511627776 + (CASE WHEN length(new.summary) <= 16 THEN 0 WHEN length(new.summary) <= 32 THEN 1 WHEN length(new.summary) <= 64 THEN 2 WHEN length(new.summary) <= 128 THEN 3 WHEN length(new.summary) <= 256 THEN 4 WHEN length(new.summary) <= 512 THEN 5 WHEN length(new.summary) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472), 'reason', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', new.for_id WHERE new.for_type = 'demand' AND new.for_id IS NOT NULL;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `reasons_after_update`;
--> statement-breakpoint
CREATE TRIGGER `reasons_after_update` AFTER UPDATE ON `reasons` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'reason' AND `record_id` = old.id AND `field` IN ('summary');
  INSERT INTO `search_documents` (`id`, `record_type`, `record_id`, `field`, `content`) SELECT (SELECT coalesce(min(`id`), ((3 - 2) * 1099511627776 + (CASE WHEN length(new.summary) <= 16 THEN 0 WHEN length(new.summary) <= 32 THEN 1 WHEN length(new.summary) <= 64 THEN 2 WHEN length(new.summary) <= 128 THEN 3 WHEN length(new.summary) <= 256 THEN 4 WHEN length(new.summary) <= 512 THEN 5 WHEN length(new.summary) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472) - 1 FROM `search_documents` WHERE `id` >= ((3 - 2) * 1099511627776 + (CASE WHEN length(new.summary) <= 16 THEN 0 WHEN length(new.summary) <= 32 THEN 1 WHEN length(new.summary) <= 64 THEN 2 WHEN length(new.summary) <= 128 THEN 3 WHEN length(new.summary) <= 256 THEN 4 WHEN length(new.summary) <= 512 THEN 5 WHEN length(new.summary) <= 1024 THEN 6 ELSE 7 END) * 137438953472) AND `id` < ((3 - 2) * 1099511627776 + (CASE WHEN length(new.summary) <= 16 THEN 0 WHEN length(new.summary) <= 32 THEN 1 WHEN length(new.summary) <= 64 THEN 2 WHEN length(new.summary) <= 128 THEN 3 WHEN length(new.summary) <= 256 THEN 4 WHEN length(new.summary) <= 512 THEN 5 WHEN length(new.summary) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472), 'reason', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  UPDATE `reasons` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', old.for_id WHERE old.for_type = 'demand' AND old.for_id IS NOT NULL;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', new.for_id WHERE new.for_type = 'demand' AND new.for_id IS NOT NULL;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `reasons_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `reasons_after_delete` AFTER DELETE ON `reasons` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'reason' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'reason' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', old.for_id WHERE old.for_type = 'demand' AND old.for_id IS NOT NULL;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `evidence_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `evidence_after_insert` AFTER INSERT ON `evidence` BEGIN
  INSERT INTO `search_documents` (`id`, `record_type`, `record_id`, `field`, `content`) VALUES ((SELECT coalesce(min(`id`), ((3 - 1) * 1099511627776 + (CASE WHEN length(new.quote) <= 16 THEN 0 WHEN length(new.quote) <= 32 THEN 1 WHEN length(new.quote) <= 64 THEN 2 WHEN length(new.quote) <= 128 THEN 3 WHEN length(new.quote) <= 256 THEN 4 WHEN length(new.quote) <= 512 THEN 5 WHEN length(new.quote) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472) - 1 FROM `search_documents` WHERE `id` >= ((3 - 1) * 1099511627776 + (CASE WHEN length(new.quote) <= 16 THEN 0 WHEN length(new.quote) <= 32 THEN 1 WHEN length(new.quote) <= 64 THEN 2 WHEN length(new.quote) <= 128 THEN 3 WHEN length(new.quote) <= 256 THEN 4 WHEN length(new.quote) <= 512 THEN 5 WHEN length(new.quote) <= 1024 THEN 6 ELSE 7 END) * 137438953472) AND `id` < ((3 - 1) * 1099511627776 + (CASE WHEN length(new.quote) <= 16 THEN 0 WHEN length(new.quote) <= 32 THEN 1 WHEN length(new.quote) <= 64 THEN 2 WHEN length(new.quote) <= 128 THEN 3 WHEN length(new.quote) <= 256 THEN 4 WHEN length(new.quote) <= 512 THEN 5 WHEN length(new.quote) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472), new.record_type, new.record_id, 'quote:' || new.id, new.quote);
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', `issue_id` FROM `demands` WHERE new.record_type = 'demand' AND `id` = new.record_id;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'proposal', `proposal_id` FROM `responses` WHERE new.record_type = 'response' AND `id` = new.record_id AND `proposal_id` IS NOT NULL;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', d.`issue_id` FROM `response_answers` a JOIN `demands` d ON d.`id` = a.`demand_id` WHERE new.record_type = 'response' AND a.`response_id` = new.record_id;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', new.record_id WHERE new.record_type = 'demand' AND new.record_id IS NOT NULL;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', `for_id` FROM `reasons` WHERE new.record_type = 'reason' AND `id` = new.record_id AND `for_type` = 'demand';
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `evidence_after_update`;
--> statement-breakpoint
CREATE TRIGGER `evidence_after_update` AFTER UPDATE ON `evidence` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = old.record_type AND `record_id` = old.record_id AND `field` = 'quote:' || old.id;
  INSERT INTO `search_documents` (`id`, `record_type`, `record_id`, `field`, `content`) VALUES ((SELECT coalesce(min(`id`), ((3 - 1) * 1099511627776 + (CASE WHEN length(new.quote) <= 16 THEN 0 WHEN length(new.quote) <= 32 THEN 1 WHEN length(new.quote) <= 64 THEN 2 WHEN length(new.quote) <= 128 THEN 3 WHEN length(new.quote) <= 256 THEN 4 WHEN length(new.quote) <= 512 THEN 5 WHEN length(new.quote) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472) - 1 FROM `search_documents` WHERE `id` >= ((3 - 1) * 1099511627776 + (CASE WHEN length(new.quote) <= 16 THEN 0 WHEN length(new.quote) <= 32 THEN 1 WHEN length(new.quote) <= 64 THEN 2 WHEN length(new.quote) <= 128 THEN 3 WHEN length(new.quote) <= 256 THEN 4 WHEN length(new.quote) <= 512 THEN 5 WHEN length(new.quote) <= 1024 THEN 6 ELSE 7 END) * 137438953472) AND `id` < ((3 - 1) * 1099511627776 + (CASE WHEN length(new.quote) <= 16 THEN 0 WHEN length(new.quote) <= 32 THEN 1 WHEN length(new.quote) <= 64 THEN 2 WHEN length(new.quote) <= 128 THEN 3 WHEN length(new.quote) <= 256 THEN 4 WHEN length(new.quote) <= 512 THEN 5 WHEN length(new.quote) <= 1024 THEN 6 ELSE 7 END) * 137438953472) + 137438953472), new.record_type, new.record_id, 'quote:' || new.id, new.quote);
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', `issue_id` FROM `demands` WHERE old.record_type = 'demand' AND `id` = old.record_id;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'proposal', `proposal_id` FROM `responses` WHERE old.record_type = 'response' AND `id` = old.record_id AND `proposal_id` IS NOT NULL;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', d.`issue_id` FROM `response_answers` a JOIN `demands` d ON d.`id` = a.`demand_id` WHERE old.record_type = 'response' AND a.`response_id` = old.record_id;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', `issue_id` FROM `demands` WHERE new.record_type = 'demand' AND `id` = new.record_id;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'proposal', `proposal_id` FROM `responses` WHERE new.record_type = 'response' AND `id` = new.record_id AND `proposal_id` IS NOT NULL;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', d.`issue_id` FROM `response_answers` a JOIN `demands` d ON d.`id` = a.`demand_id` WHERE new.record_type = 'response' AND a.`response_id` = new.record_id;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', old.record_id WHERE old.record_type = 'demand' AND old.record_id IS NOT NULL;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', `for_id` FROM `reasons` WHERE old.record_type = 'reason' AND `id` = old.record_id AND `for_type` = 'demand';
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', new.record_id WHERE new.record_type = 'demand' AND new.record_id IS NOT NULL;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', `for_id` FROM `reasons` WHERE new.record_type = 'reason' AND `id` = new.record_id AND `for_type` = 'demand';
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `evidence_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `evidence_after_delete` AFTER DELETE ON `evidence` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = old.record_type AND `record_id` = old.record_id AND `field` = 'quote:' || old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', `issue_id` FROM `demands` WHERE old.record_type = 'demand' AND `id` = old.record_id;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'proposal', `proposal_id` FROM `responses` WHERE old.record_type = 'response' AND `id` = old.record_id AND `proposal_id` IS NOT NULL;
  INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', d.`issue_id` FROM `response_answers` a JOIN `demands` d ON d.`id` = a.`demand_id` WHERE old.record_type = 'response' AND a.`response_id` = old.record_id;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', old.record_id WHERE old.record_type = 'demand' AND old.record_id IS NOT NULL;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', `for_id` FROM `reasons` WHERE old.record_type = 'reason' AND `id` = old.record_id AND `for_type` = 'demand';
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `claims_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `claims_after_insert` AFTER INSERT ON `claims` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', new.record_id WHERE new.record_type = 'demand' AND new.record_id IS NOT NULL;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `claims_after_update`;
--> statement-breakpoint
CREATE TRIGGER `claims_after_update` AFTER UPDATE ON `claims` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', old.record_id WHERE old.record_type = 'demand' AND old.record_id IS NOT NULL;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', new.record_id WHERE new.record_type = 'demand' AND new.record_id IS NOT NULL;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `claims_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `claims_after_delete` AFTER DELETE ON `claims` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
  INSERT OR IGNORE INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', old.record_id WHERE old.record_type = 'demand' AND old.record_id IS NOT NULL;
END
--> statement-breakpoint
-- Every demand starts stale: the write path (or the server at start) stores it.
INSERT INTO `stale_records` (`record_type`, `record_id`) SELECT 'demand', `id` FROM `demands`;
--> statement-breakpoint
INSERT OR REPLACE INTO `app_settings` (`key`, `value`) VALUES ('stored_records_version', '1');
