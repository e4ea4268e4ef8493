CREATE TABLE `topic_positions` (
	`topic_type` text NOT NULL,
	`topic_id` text NOT NULL,
	`positions` text NOT NULL,
	`quotes` text NOT NULL,
	`quote_index` text NOT NULL,
	PRIMARY KEY(`topic_type`, `topic_id`)
);
--> statement-breakpoint
-- Every topic starts stale, so that the write path (or the server at start) stores it in one piece too.
INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', `id` FROM `issues`;
--> statement-breakpoint
INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'proposal', `id` FROM `proposals`;
--> statement-breakpoint
INSERT OR REPLACE INTO `app_settings` (`key`, `value`) VALUES ('stored_positions_version', '2');
