CREATE TABLE `meeting_issues` (
	`meeting_id` text NOT NULL,
	`issue_id` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `issue_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_issues_issue_idx` ON `meeting_issues` (`issue_id`);--> statement-breakpoint
CREATE TABLE `meeting_proposals` (
	`meeting_id` text NOT NULL,
	`proposal_id` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `proposal_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_proposals_proposal_idx` ON `meeting_proposals` (`proposal_id`);--> statement-breakpoint
-- Every write to the agenda links bumps the data version (src/db/triggers.ts).
DROP TRIGGER IF EXISTS `meeting_issues_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `meeting_issues_after_insert` AFTER INSERT ON `meeting_issues` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `meeting_issues_after_update`;
--> statement-breakpoint
CREATE TRIGGER `meeting_issues_after_update` AFTER UPDATE ON `meeting_issues` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `meeting_issues_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `meeting_issues_after_delete` AFTER DELETE ON `meeting_issues` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `meeting_proposals_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `meeting_proposals_after_insert` AFTER INSERT ON `meeting_proposals` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `meeting_proposals_after_update`;
--> statement-breakpoint
CREATE TRIGGER `meeting_proposals_after_update` AFTER UPDATE ON `meeting_proposals` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
--> statement-breakpoint
DROP TRIGGER IF EXISTS `meeting_proposals_after_delete`;
--> statement-breakpoint
CREATE TRIGGER `meeting_proposals_after_delete` AFTER DELETE ON `meeting_proposals` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END
