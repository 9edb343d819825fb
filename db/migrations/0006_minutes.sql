CREATE TABLE `minutes` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`created_at` text NOT NULL,
	`latest_version` integer DEFAULT 0 NOT NULL,
	`draft_sealed` text,
	`draft_account_id` text,
	`draft_key_id` text,
	`draft_updated_at` text,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_session` ON `minutes` (`session_id`);--> statement-breakpoint
CREATE TABLE `minutes_distributions` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`member_id` text NOT NULL,
	`channel` text NOT NULL,
	`file_name` text,
	`account_id` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `minutes_versions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "minutes_distributions_channel" CHECK("minutes_distributions"."channel" in ('app','file','pdf'))
);
--> statement-breakpoint
CREATE INDEX `minutes_distributions_version` ON `minutes_distributions` (`version_id`,`member_id`);--> statement-breakpoint
CREATE TABLE `minutes_received` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`file` text NOT NULL,
	`group_name` text NOT NULL,
	`session_date` text NOT NULL,
	`minutes_version` integer NOT NULL,
	`file_hash` text NOT NULL,
	`imported_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_received_file` ON `minutes_received` (`account_id`,`file_hash`);--> statement-breakpoint
CREATE TABLE `minutes_recipients` (
	`version_id` text NOT NULL,
	`member_id` text NOT NULL,
	`name` text NOT NULL,
	`key_id` text,
	`sealed_key` text,
	FOREIGN KEY (`version_id`) REFERENCES `minutes_versions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_recipients_pk` ON `minutes_recipients` (`version_id`,`member_id`);--> statement-breakpoint
CREATE INDEX `minutes_recipients_key` ON `minutes_recipients` (`key_id`);--> statement-breakpoint
CREATE TABLE `minutes_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`minutes_id` text NOT NULL,
	`number` integer NOT NULL,
	`reason` text,
	`author_account_id` text NOT NULL,
	`author_member_id` text NOT NULL,
	`author_key_id` text NOT NULL,
	`nonce` text NOT NULL,
	`ciphertext` text NOT NULL,
	`manifest` text NOT NULL,
	`signature` text NOT NULL,
	`excluded` text NOT NULL,
	`finalised_at` text NOT NULL,
	FOREIGN KEY (`minutes_id`) REFERENCES `minutes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_versions_number` ON `minutes_versions` (`minutes_id`,`number`);