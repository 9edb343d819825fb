CREATE TABLE `anonymisation_overrides` (
	`id` text PRIMARY KEY NOT NULL,
	`subject` text NOT NULL,
	`subject_id` text NOT NULL,
	`field` text NOT NULL,
	`kind` text NOT NULL,
	`excerpt` text NOT NULL,
	`reason` text NOT NULL,
	`account_id` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `anonymisation_overrides_subject` ON `anonymisation_overrides` (`subject`,`subject_id`);--> statement-breakpoint
CREATE TABLE `situation_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`presentation_id` text NOT NULL,
	`member_id` text NOT NULL,
	`what` text NOT NULL,
	`due_on` text NOT NULL,
	`done_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`presentation_id`) REFERENCES `situation_presentations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `situation_actions_member` ON `situation_actions` (`member_id`,`due_on`);--> statement-breakpoint
CREATE INDEX `situation_actions_presentation` ON `situation_actions` (`presentation_id`);--> statement-breakpoint
CREATE TABLE `situation_consents` (
	`situation_id` text PRIMARY KEY NOT NULL,
	`informed_on` text,
	`informed_how` text DEFAULT '' NOT NULL,
	`informed_by` text DEFAULT '' NOT NULL,
	`consent_on` text,
	`consent_form` text,
	`consent_given_by` text DEFAULT '' NOT NULL,
	`young_person_view` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`situation_id`) REFERENCES `situations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `situation_leads` (
	`id` text PRIMARY KEY NOT NULL,
	`presentation_id` text NOT NULL,
	`sector` text NOT NULL,
	`service_type` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`presentation_id`) REFERENCES `situation_presentations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `situation_leads_presentation` ON `situation_leads` (`presentation_id`);--> statement-breakpoint
CREATE TABLE `situation_need_states` (
	`id` text PRIMARY KEY NOT NULL,
	`need_id` text NOT NULL,
	`state` text NOT NULL,
	`session_id` text,
	`account_id` text,
	`at` text NOT NULL,
	FOREIGN KEY (`need_id`) REFERENCES `situation_needs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `situation_need_states_need` ON `situation_need_states` (`need_id`,`at`);--> statement-breakpoint
CREATE TABLE `situation_needs` (
	`id` text PRIMARY KEY NOT NULL,
	`situation_id` text NOT NULL,
	`sector` text NOT NULL,
	`need` text NOT NULL,
	`service_type` text NOT NULL,
	`state` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`situation_id`) REFERENCES `situations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `situation_needs_situation` ON `situation_needs` (`situation_id`);--> statement-breakpoint
CREATE TABLE `situation_presentations` (
	`id` text PRIMARY KEY NOT NULL,
	`situation_id` text NOT NULL,
	`session_id` text NOT NULL,
	`agenda_item_id` text,
	`follow_up` integer DEFAULT false NOT NULL,
	`outcome_recorded_at` text,
	`follow_up_session_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`situation_id`) REFERENCES `situations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`follow_up_session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `situation_presentations_once` ON `situation_presentations` (`situation_id`,`session_id`);--> statement-breakpoint
CREATE INDEX `situation_presentations_session` ON `situation_presentations` (`session_id`);--> statement-breakpoint
CREATE TABLE `situation_settings` (
	`singleton` integer PRIMARY KEY DEFAULT 1 NOT NULL,
	`retention_years` integer DEFAULT 5 NOT NULL,
	CONSTRAINT "situation_settings_singleton" CHECK("situation_settings"."singleton" = 1),
	CONSTRAINT "situation_settings_retention" CHECK("situation_settings"."retention_years" between 1 and 30)
);
--> statement-breakpoint
CREATE TABLE `situation_status_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`situation_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`account_id` text,
	`at` text NOT NULL,
	FOREIGN KEY (`situation_id`) REFERENCES `situations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `situation_status_changes_situation` ON `situation_status_changes` (`situation_id`,`at`);--> statement-breakpoint
CREATE TABLE `situations` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`presenter_member_id` text NOT NULL,
	`age_band` text NOT NULL,
	`gender` text DEFAULT '' NOT NULL,
	`need_sectors` text NOT NULL,
	`severity` text NOT NULL,
	`services_involved` text NOT NULL,
	`question` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`consent_withdrawn_at` text,
	`closed_at` text,
	`purge_after` text,
	`purged_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`presenter_member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "situations_status_check" CHECK("situations"."status" in ('draft','ready','scheduled','presented','follow_up','closed')),
	CONSTRAINT "situations_severity_check" CHECK("situations"."severity" in ('difficulty','danger'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `situations_code` ON `situations` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `situations_year_number` ON `situations` (`year`,`number`);--> statement-breakpoint
CREATE INDEX `situations_presenter` ON `situations` (`presenter_member_id`);--> statement-breakpoint
CREATE INDEX `situations_status` ON `situations` (`status`);--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `situation_id` text;--> statement-breakpoint
CREATE INDEX `agenda_items_situation` ON `agenda_items` (`situation_id`);