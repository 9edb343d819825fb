CREATE TABLE `backup_settings` (
	`singleton` integer PRIMARY KEY DEFAULT 1 NOT NULL,
	`keep_last` integer DEFAULT 10 NOT NULL,
	CONSTRAINT "backup_settings_singleton_is_one" CHECK("backup_settings"."singleton" = 1),
	CONSTRAINT "backup_settings_keep_last" CHECK("backup_settings"."keep_last" between 1 and 100)
);
