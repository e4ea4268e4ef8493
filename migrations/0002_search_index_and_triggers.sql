-- Full-text search over titles, summaries, rationales and evidence quotes (FTS5, external content).
CREATE VIRTUAL TABLE `search_index` USING fts5(content, content='search_documents', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')
--> statement-breakpoint
CREATE TRIGGER `search_documents_after_insert` AFTER INSERT ON `search_documents` BEGIN
  INSERT INTO `search_index`(rowid, content) VALUES (new.id, new.content);
END
--> statement-breakpoint
CREATE TRIGGER `search_documents_after_delete` AFTER DELETE ON `search_documents` BEGIN
  INSERT INTO `search_index`(`search_index`, rowid, content) VALUES ('delete', old.id, old.content);
END
--> statement-breakpoint
INSERT INTO `data_version` (`id`, `version`) VALUES (1, 0)
--> statement-breakpoint
CREATE TRIGGER `parties_after_insert` AFTER INSERT ON `parties` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'party', new.id, 'name', new.name WHERE new.name IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'party', new.id, 'description', new.description WHERE new.description IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `parties_after_update` AFTER UPDATE ON `parties` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'party' AND `record_id` = old.id AND `field` IN ('name', 'description');
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'party', new.id, 'name', new.name WHERE new.name IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'party', new.id, 'description', new.description WHERE new.description IS NOT NULL;
  UPDATE `parties` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `parties_after_delete` AFTER DELETE ON `parties` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'party' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'party' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `actors_after_insert` AFTER INSERT ON `actors` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'actor', new.id, 'name', new.name WHERE new.name IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'actor', new.id, 'role', new.role WHERE new.role IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `actors_after_update` AFTER UPDATE ON `actors` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'actor' AND `record_id` = old.id AND `field` IN ('name', 'role');
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'actor', new.id, 'name', new.name WHERE new.name IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'actor', new.id, 'role', new.role WHERE new.role IS NOT NULL;
  UPDATE `actors` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `actors_after_delete` AFTER DELETE ON `actors` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'actor' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'actor' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `issues_after_insert` AFTER INSERT ON `issues` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'issue', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'issue', new.id, 'description', new.description WHERE new.description IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `issues_after_update` AFTER UPDATE ON `issues` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'issue' AND `record_id` = old.id AND `field` IN ('title', 'description');
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'issue', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'issue', new.id, 'description', new.description WHERE new.description IS NOT NULL;
  UPDATE `issues` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `issues_after_delete` AFTER DELETE ON `issues` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'issue' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'issue' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `proposals_after_insert` AFTER INSERT ON `proposals` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'proposal', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'proposal', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `proposals_after_update` AFTER UPDATE ON `proposals` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'proposal' AND `record_id` = old.id AND `field` IN ('title', 'summary');
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'proposal', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'proposal', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  UPDATE `proposals` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `proposals_after_delete` AFTER DELETE ON `proposals` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'proposal' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'proposal' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `demands_after_insert` AFTER INSERT ON `demands` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'demand', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'demand', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'demand', new.id, 'rationale', new.rationale WHERE new.rationale IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `demands_after_update` AFTER UPDATE ON `demands` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'demand' AND `record_id` = old.id AND `field` IN ('title', 'summary', 'rationale');
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'demand', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'demand', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'demand', new.id, 'rationale', new.rationale WHERE new.rationale IS NOT NULL;
  UPDATE `demands` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `demands_after_delete` AFTER DELETE ON `demands` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'demand' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'demand' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `responses_after_insert` AFTER INSERT ON `responses` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'response', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'response', new.id, 'wording', new.wording WHERE new.wording IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'response', new.id, 'reasons', (SELECT group_concat(value, ' ') FROM json_each(new.reasons)) WHERE (SELECT group_concat(value, ' ') FROM json_each(new.reasons)) IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `responses_after_update` AFTER UPDATE ON `responses` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'response' AND `record_id` = old.id AND `field` IN ('summary', 'wording', 'reasons');
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'response', new.id, 'summary', new.summary WHERE new.summary IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'response', new.id, 'wording', new.wording WHERE new.wording IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'response', new.id, 'reasons', (SELECT group_concat(value, ' ') FROM json_each(new.reasons)) WHERE (SELECT group_concat(value, ' ') FROM json_each(new.reasons)) IS NOT NULL;
  UPDATE `responses` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `responses_after_delete` AFTER DELETE ON `responses` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'response' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'response' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `meetings_after_insert` AFTER INSERT ON `meetings` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'meeting', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'meeting', new.id, 'purpose', new.purpose WHERE new.purpose IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'meeting', new.id, 'location', new.location WHERE new.location IS NOT NULL;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `meetings_after_update` AFTER UPDATE ON `meetings` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'meeting' AND `record_id` = old.id AND `field` IN ('title', 'purpose', 'location');
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'meeting', new.id, 'title', new.title WHERE new.title IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'meeting', new.id, 'purpose', new.purpose WHERE new.purpose IS NOT NULL;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) SELECT 'meeting', new.id, 'location', new.location WHERE new.location IS NOT NULL;
  UPDATE `meetings` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `meetings_after_delete` AFTER DELETE ON `meetings` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = 'meeting' AND `record_id` = old.id;
  DELETE FROM `evidence` WHERE `record_type` = 'meeting' AND `record_id` = old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `sources_after_insert` AFTER INSERT ON `sources` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `sources_after_update` AFTER UPDATE ON `sources` BEGIN
  UPDATE `sources` SET `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = new.id AND new.updated_at = old.updated_at;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `sources_after_delete` AFTER DELETE ON `sources` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `evidence_after_insert` AFTER INSERT ON `evidence` BEGIN
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) VALUES (new.record_type, new.record_id, 'quote:' || new.id, new.quote);
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `evidence_after_update` AFTER UPDATE ON `evidence` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = old.record_type AND `record_id` = old.record_id AND `field` = 'quote:' || old.id;
  INSERT INTO `search_documents` (`record_type`, `record_id`, `field`, `content`) VALUES (new.record_type, new.record_id, 'quote:' || new.id, new.quote);
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `evidence_after_delete` AFTER DELETE ON `evidence` BEGIN
  DELETE FROM `search_documents` WHERE `record_type` = old.record_type AND `record_id` = old.record_id AND `field` = 'quote:' || old.id;
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `response_answers_after_insert` AFTER INSERT ON `response_answers` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `response_answers_after_update` AFTER UPDATE ON `response_answers` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `response_answers_after_delete` AFTER DELETE ON `response_answers` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `meeting_participants_after_insert` AFTER INSERT ON `meeting_participants` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `meeting_participants_after_update` AFTER UPDATE ON `meeting_participants` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
CREATE TRIGGER `meeting_participants_after_delete` AFTER DELETE ON `meeting_participants` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
