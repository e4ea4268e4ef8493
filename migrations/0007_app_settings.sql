-- Settings the server keeps with its data, e.g. the secret that signs cursors when CURSOR_SECRET is
-- not set. Not a record: no triggers, no history, outside the drizzle schema.
CREATE TABLE `app_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
) WITHOUT ROWID;
