-- The many-sources model: triggers for the new tables and the changed ones (generated from
-- src/db/triggers.ts by `npm run db:triggers`), then the data of older databases moved into it.
DROP TRIGGER IF EXISTS `demands_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `demands_after_insert` AFTER INSERT ON `demands` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'demand', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'demand', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `demands_after_update`;
--> statement-breakpoint
CREATE TRIGGER `demands_after_update` AFTER UPDATE ON `demands` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'demand' AND `record_id` = old.id AND `field` IN ('title', 'summary');
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'demand', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'demand', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  UPDATE `demands` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `demands_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `demands_after_delete` AFTER DELETE ON `demands` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'demand' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'demand' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `responses_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `responses_after_insert` AFTER INSERT ON `responses` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'response', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'response', new.id, 'wording', new.wording WHERE new.wording IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `responses_after_update`;
--> statement-breakpoint
CREATE TRIGGER `responses_after_update` AFTER UPDATE ON `responses` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'response' AND `record_id` = old.id AND `field` IN ('summary', 'wording');
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'response', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'response', new.id, 'wording', new.wording WHERE new.wording IS NOT NULL;
  UPDATE `responses` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `responses_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `responses_after_delete` AFTER DELETE ON `responses` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'response' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'response' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sources_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `sources_after_insert` AFTER INSERT ON `sources` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'source', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'source', new.id, 'text', new.text WHERE new.text IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sources_after_update`;
--> statement-breakpoint
CREATE TRIGGER `sources_after_update` AFTER UPDATE ON `sources` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'source' AND `record_id` = old.id AND `field` IN ('title', 'text');
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'source', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'source', new.id, 'text', new.text WHERE new.text IS NOT NULL;
  UPDATE `sources` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sources_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `sources_after_delete` AFTER DELETE ON `sources` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'source' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'source' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `reasons_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `reasons_after_insert` AFTER INSERT ON `reasons` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'reason', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `reasons_after_update`;
--> statement-breakpoint
CREATE TRIGGER `reasons_after_update` AFTER UPDATE ON `reasons` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'reason' AND `record_id` = old.id AND `field` IN ('summary');
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'reason', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  UPDATE `reasons` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `reasons_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `reasons_after_delete` AFTER DELETE ON `reasons` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'reason' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'reason' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statements_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `statements_after_insert` AFTER INSERT ON `statements` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'statement', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'statement', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statements_after_update`;
--> statement-breakpoint
CREATE TRIGGER `statements_after_update` AFTER UPDATE ON `statements` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'statement' AND `record_id` = old.id AND `field` IN ('title', 'summary');
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'statement', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'statement', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  UPDATE `statements` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statements_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `statements_after_delete` AFTER DELETE ON `statements` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'statement' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'statement' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `response_conditions_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `response_conditions_after_insert` AFTER INSERT ON `response_conditions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `response_conditions_after_update`;
--> statement-breakpoint
CREATE TRIGGER `response_conditions_after_update` AFTER UPDATE ON `response_conditions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `response_conditions_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `response_conditions_after_delete` AFTER DELETE ON `response_conditions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statement_parties_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `statement_parties_after_insert` AFTER INSERT ON `statement_parties` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statement_parties_after_update`;
--> statement-breakpoint
CREATE TRIGGER `statement_parties_after_update` AFTER UPDATE ON `statement_parties` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statement_parties_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `statement_parties_after_delete` AFTER DELETE ON `statement_parties` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sequences_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `sequences_after_insert` AFTER INSERT ON `sequences` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sequences_after_update`;
--> statement-breakpoint
CREATE TRIGGER `sequences_after_update` AFTER UPDATE ON `sequences` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sequences_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `sequences_after_delete` AFTER DELETE ON `sequences` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `claims_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `claims_after_insert` AFTER INSERT ON `claims` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `claims_after_update`;
--> statement-breakpoint
CREATE TRIGGER `claims_after_update` AFTER UPDATE ON `claims` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `claims_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `claims_after_delete` AFTER DELETE ON `claims` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
-- Sources' titles and full texts become searchable: index the ones already there.
INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'source', id, 'title', title FROM `sources` WHERE title IS NOT NULL;
--> statement-breakpoint
INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'source', id, 'text', text FROM `sources`;
--> statement-breakpoint
-- Demands' rationales and responses' reasons become reason records (their quotes stay on the record they back).
INSERT INTO `reasons` (`id`, `for_type`, `for_id`, `summary`) SELECT id || '-rationale', 'demand', id, rationale FROM `demands` WHERE rationale IS NOT NULL;
--> statement-breakpoint
INSERT INTO `reasons` (`id`, `for_type`, `for_id`, `summary`) SELECT r.id || '-reason-' || (j.key + 1), 'response', r.id, j.value FROM `responses` r, json_each(r.reasons) j;
--> statement-breakpoint
DELETE FROM `search_documents` WHERE (`record_type` = 'demand' AND `field` = 'rationale') OR (`record_type` = 'response' AND `field` = 'reasons');
--> statement-breakpoint
-- One stance vocabulary everywhere.
UPDATE `responses` SET `stance` = CASE `stance` WHEN 'accept' THEN 'accepts' WHEN 'conditional-accept' THEN 'accepts-with-conditions' WHEN 'reject' THEN 'rejects' WHEN 'counter' THEN 'counters' WHEN 'under-consideration' THEN 'considering' ELSE `stance` END;
--> statement-breakpoint
UPDATE `response_answers` SET `stance` = (SELECT `stance` FROM `responses` WHERE `responses`.`id` = `response_answers`.`response_id`);
--> statement-breakpoint
-- A demand's status is its raiser's: one the other side rejected is still pressed unless withdrawn.
UPDATE `demands` SET `status` = 'pressed' WHERE `status` IN ('open', 'rejected');
--> statement-breakpoint
-- What each source said of each record's state, so history starts with what the data held.
INSERT OR IGNORE INTO `claims` (`record_type`, `record_id`, `field`, `value`, `source_id`) SELECT DISTINCT 'demand', d.id, 'status', d.status, e.source_id FROM `demands` d JOIN `evidence` e ON e.record_type = 'demand' AND e.record_id = d.id;
--> statement-breakpoint
INSERT OR IGNORE INTO `claims` (`record_type`, `record_id`, `field`, `value`, `source_id`) SELECT DISTINCT 'proposal', p.id, 'status', p.status, e.source_id FROM `proposals` p JOIN `evidence` e ON e.record_type = 'proposal' AND e.record_id = p.id;
--> statement-breakpoint
INSERT OR IGNORE INTO `claims` (`record_type`, `record_id`, `field`, `value`, `source_id`) SELECT DISTINCT 'meeting', m.id, 'status', m.status, e.source_id FROM `meetings` m JOIN `evidence` e ON e.record_type = 'meeting' AND e.record_id = m.id;
--> statement-breakpoint
INSERT OR IGNORE INTO `claims` (`record_type`, `record_id`, `field`, `value`, `source_id`) SELECT DISTINCT 'response', r.id, 'stance', r.stance, e.source_id FROM `responses` r JOIN `evidence` e ON e.record_type = 'response' AND e.record_id = r.id;
