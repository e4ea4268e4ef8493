ALTER TABLE `demands` DROP COLUMN `rationale`;--> statement-breakpoint
ALTER TABLE `responses` DROP COLUMN `reasons`;