-- A party's demands by status too (`?party=…&status=…`, the most asked-for pair of filters); a party alone reads
-- the new index's prefix, so the index on party alone goes.
DROP INDEX `demands_party_idx`;--> statement-breakpoint
CREATE INDEX `demands_party_status_idx` ON `demands` (`party_id`,`status`);