CREATE TABLE `agenda_items` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`sectors` text NOT NULL,
	`late_addition` integer DEFAULT false NOT NULL,
	`late_reason` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `agenda_items_session` ON `agenda_items` (`session_id`,`position`);--> statement-breakpoint
CREATE TABLE `attendance_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`member_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`reason` text NOT NULL,
	`account_id` text,
	`at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `session_participants` (
	`session_id` text NOT NULL,
	`member_id` text NOT NULL,
	`invited` integer NOT NULL,
	`invited_at` text,
	`attendance` text,
	`attendance_at` text,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "session_participants_attendance" CHECK("session_participants"."attendance" is null or "session_participants"."attendance" in ('present','excused','absent'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_participants_pk` ON `session_participants` (`session_id`,`member_id`);--> statement-breakpoint
CREATE INDEX `session_participants_member` ON `session_participants` (`member_id`);--> statement-breakpoint
CREATE TABLE `session_series` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`rrule` text NOT NULL,
	`from_date` text NOT NULL,
	`until_date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`time_zone` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`skip_dates` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `session_settings` (
	`singleton` integer PRIMARY KEY NOT NULL,
	`agenda_closing_hours` integer DEFAULT 48 NOT NULL,
	CONSTRAINT "session_settings_singleton" CHECK("session_settings"."singleton" = 1)
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`series_id` text,
	`uid` text NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`time_zone` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`original_date` text NOT NULL,
	`move_reason` text,
	`cancel_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`series_id`) REFERENCES `session_series`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "sessions_status" CHECK("sessions"."status" in ('planned','held','cancelled'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_uid` ON `sessions` (`uid`);--> statement-breakpoint
CREATE INDEX `sessions_date` ON `sessions` (`date`);