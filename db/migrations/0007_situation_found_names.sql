CREATE TABLE `situation_found_names` (
	`id` text PRIMARY KEY NOT NULL,
	`situation_id` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`folded` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`situation_id`) REFERENCES `situations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `situation_found_names_unique` ON `situation_found_names` (`situation_id`,`folded`);