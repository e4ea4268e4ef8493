CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`source_id` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claims_record_idx` ON `claims` (`record_type`,`record_id`,`field`);--> statement-breakpoint
CREATE UNIQUE INDEX `claims_unique_idx` ON `claims` (`record_type`,`record_id`,`field`,`source_id`,`value`);--> statement-breakpoint
CREATE TABLE `event_order` (
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`record_type`, `record_id`)
);
--> statement-breakpoint
CREATE TABLE `reasons` (
	`id` text PRIMARY KEY NOT NULL,
	`for_type` text NOT NULL,
	`for_id` text NOT NULL,
	`answers_demand_id` text,
	`summary` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`answers_demand_id`) REFERENCES `demands`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reasons_for_idx` ON `reasons` (`for_type`,`for_id`);--> statement-breakpoint
CREATE TABLE `response_conditions` (
	`response_id` text NOT NULL,
	`demand_id` text NOT NULL,
	PRIMARY KEY(`response_id`, `demand_id`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`demand_id`) REFERENCES `demands`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sequences` (
	`before_type` text NOT NULL,
	`before_id` text NOT NULL,
	`after_type` text NOT NULL,
	`after_id` text NOT NULL,
	PRIMARY KEY(`before_type`, `before_id`, `after_type`, `after_id`)
);
--> statement-breakpoint
CREATE INDEX `sequences_after_idx` ON `sequences` (`after_type`,`after_id`);--> statement-breakpoint
CREATE TABLE `statement_parties` (
	`statement_id` text NOT NULL,
	`party_id` text NOT NULL,
	PRIMARY KEY(`statement_id`, `party_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`party_id` text,
	`issue_id` text,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statements_party_idx` ON `statements` (`party_id`);--> statement-breakpoint
ALTER TABLE `evidence` ADD `speaker_kind` text DEFAULT 'reporter' NOT NULL;--> statement-breakpoint
ALTER TABLE `evidence` ADD `speaker_actor_id` text REFERENCES actors(id);--> statement-breakpoint
ALTER TABLE `evidence` ADD `speaker_party_id` text REFERENCES parties(id);--> statement-breakpoint
ALTER TABLE `evidence` ADD `speaker_label` text;--> statement-breakpoint
ALTER TABLE `evidence` ADD `reporting` text DEFAULT 'reporter-analysis' NOT NULL;--> statement-breakpoint
ALTER TABLE `evidence` ADD `hedges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `meeting_participants` ADD `role` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `host_party_id` text REFERENCES parties(id);--> statement-breakpoint
ALTER TABLE `parties` ADD `roles` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
-- Existing answers take their response's stance in 0004; the default only lets the column be added.
ALTER TABLE `response_answers` ADD `stance` text DEFAULT 'considering' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `kind` text;