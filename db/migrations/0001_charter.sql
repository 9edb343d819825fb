CREATE TABLE `charter_signatures` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`member_id` text NOT NULL,
	`method` text NOT NULL,
	`content_hash` text NOT NULL,
	`signer_name` text NOT NULL,
	`declared_status` text NOT NULL,
	`signed_at` text NOT NULL,
	`place` text,
	`signer_key_id` text,
	`signature` text,
	`witness_member_id` text,
	`witness_key_id` text,
	`witness_signature` text,
	`recorded_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`version_id`) REFERENCES `charter_versions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "charter_signatures_method" CHECK("charter_signatures"."method" in ('own_key','witnessed','imported'))
);
--> statement-breakpoint
CREATE INDEX `charter_signatures_member` ON `charter_signatures` (`member_id`);--> statement-breakpoint
CREATE INDEX `charter_signatures_version` ON `charter_signatures` (`version_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `charter_signatures_signature` ON `charter_signatures` (`signature`);--> statement-breakpoint
CREATE TABLE `charter_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`number` integer NOT NULL,
	`status` text NOT NULL,
	`text` text NOT NULL,
	`content_hash` text NOT NULL,
	`adopted_on` text,
	`review_due` text,
	`in_force_at` text,
	`retired_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "charter_versions_status" CHECK("charter_versions"."status" in ('draft','in_force','retired'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `charter_versions_number` ON `charter_versions` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `charter_versions_one_in_force` ON `charter_versions` (`status`) WHERE "charter_versions"."status" = 'in_force';--> statement-breakpoint
CREATE UNIQUE INDEX `charter_versions_one_draft` ON `charter_versions` (`status`) WHERE "charter_versions"."status" = 'draft';--> statement-breakpoint
CREATE TABLE `member_keys` (
	`key_id` text PRIMARY KEY NOT NULL,
	`member_id` text NOT NULL,
	`sign_public_key` text NOT NULL,
	`box_public_key` text NOT NULL,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `member_keys_member` ON `member_keys` (`member_id`);