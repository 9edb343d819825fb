CREATE TABLE `group_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`author_key_id` text NOT NULL,
	`seq` integer NOT NULL,
	`file` text NOT NULL,
	`received_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `group_changes_author` ON `group_changes` (`author_key_id`,`seq`);--> statement-breakpoint
CREATE TABLE `group_link` (
	`group_id` text PRIMARY KEY NOT NULL,
	`singleton` integer DEFAULT 1 NOT NULL,
	`founder_key_id` text NOT NULL,
	`shared_folder` text,
	`linked_at` text NOT NULL,
	CONSTRAINT "group_link_singleton_is_one" CHECK("group_link"."singleton" = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `group_link_singleton` ON `group_link` (`singleton`);