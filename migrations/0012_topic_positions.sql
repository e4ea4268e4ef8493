CREATE TABLE `topic_positions` (
	`topic_type` text NOT NULL,
	`topic_id` text NOT NULL,
	`positions` text NOT NULL,
	`quotes` text NOT NULL,
	`quote_index` text NOT NULL,
	PRIMARY KEY(`topic_type`, `topic_id`)
);
--> statement-breakpoint
-- A change to a topic's rows by a writer that does not store pieces drops its piece (src/db/triggers.ts).
DROP TRIGGER IF EXISTS `positions_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `positions_after_insert` AFTER INSERT ON `positions` BEGIN
  DELETE FROM `topic_positions` WHERE `topic_type` = new.topic_type AND `topic_id` = new.topic_id;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `positions_after_update`;
--> statement-breakpoint
CREATE TRIGGER `positions_after_update` AFTER UPDATE ON `positions` BEGIN
  DELETE FROM `topic_positions` WHERE `topic_type` = old.topic_type AND `topic_id` = old.topic_id;
  DELETE FROM `topic_positions` WHERE `topic_type` = new.topic_type AND `topic_id` = new.topic_id;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `positions_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `positions_after_delete` AFTER DELETE ON `positions` BEGIN
  DELETE FROM `topic_positions` WHERE `topic_type` = old.topic_type AND `topic_id` = old.topic_id;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `position_quotes_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `position_quotes_after_insert` AFTER INSERT ON `position_quotes` BEGIN
  DELETE FROM `topic_positions` WHERE `topic_type` = new.topic_type AND `topic_id` = new.topic_id;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `position_quotes_after_update`;
--> statement-breakpoint
CREATE TRIGGER `position_quotes_after_update` AFTER UPDATE ON `position_quotes` BEGIN
  DELETE FROM `topic_positions` WHERE `topic_type` = old.topic_type AND `topic_id` = old.topic_id;
  DELETE FROM `topic_positions` WHERE `topic_type` = new.topic_type AND `topic_id` = new.topic_id;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `position_quotes_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `position_quotes_after_delete` AFTER DELETE ON `position_quotes` BEGIN
  DELETE FROM `topic_positions` WHERE `topic_type` = old.topic_type AND `topic_id` = old.topic_id;
END
--> statement-breakpoint
-- Every topic starts stale, so that the write path (or the server at start) stores it in one piece too. What
-- each position is stored as is unchanged: the version stays, or a server of the version before, started beside
-- this one, would store every topic again (dropping every piece) at each of its starts.
INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', `id` FROM `issues`;
--> statement-breakpoint
INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'proposal', `id` FROM `proposals`;
