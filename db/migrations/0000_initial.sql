CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`member_id` text NOT NULL,
	`username` text NOT NULL,
	`roles` text NOT NULL,
	`language` text DEFAULT 'fr' NOT NULL,
	`sign_public_key` text NOT NULL,
	`box_public_key` text NOT NULL,
	`identity_key_id` text NOT NULL,
	`created_at` text NOT NULL,
	`disabled_at` text,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_username` ON `accounts` (`username`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_member` ON `accounts` (`member_id`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`account_id` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entity` ON `audit_events` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` text PRIMARY KEY NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`service_type` text NOT NULL,
	`function` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`town` text DEFAULT '' NOT NULL,
	`secrecy_status` text NOT NULL,
	`is_referent` integer DEFAULT false NOT NULL,
	`active_from` text NOT NULL,
	`active_until` text,
	`deactivated_at` text,
	`deactivation_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "members_secrecy_status" CHECK("members"."secrecy_status" in ('professional_secret','duty_of_reserve'))
);
--> statement-breakpoint
CREATE INDEX `members_last_name` ON `members` (`last_name`,`first_name`);--> statement-breakpoint
CREATE TABLE `retired_identities` (
	`identity_key_id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`sign_public_key` text NOT NULL,
	`box_public_key` text NOT NULL,
	`retired_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `workspace` (
	`id` text PRIMARY KEY NOT NULL,
	`singleton` integer DEFAULT 1 NOT NULL,
	`group_name` text NOT NULL,
	`territory` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`auto_lock_minutes` integer DEFAULT 10 NOT NULL,
	`audit_head_seq` integer DEFAULT 0 NOT NULL,
	`audit_head_hash` text DEFAULT '' NOT NULL,
	CONSTRAINT "workspace_singleton_is_one" CHECK("workspace"."singleton" = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workspace_singleton` ON `workspace` (`singleton`);