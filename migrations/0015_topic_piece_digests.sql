-- Each topic's piece gets the digest of what it holds, from which a page of pieces takes its ETag; every topic is
-- stored again (in the background, at the server's next start) to have one. Until then a page hashes its bytes.
ALTER TABLE `topic_positions` ADD `digest` text;
--> statement-breakpoint
INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'issue', `id` FROM `issues`;
--> statement-breakpoint
INSERT OR IGNORE INTO `stale_position_topics` (`topic_type`, `topic_id`) SELECT 'proposal', `id` FROM `proposals`;
