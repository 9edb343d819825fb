-- Full-text index of situations (FTS5, inside the encrypted database). A standalone table kept
-- in step by triggers, not an external-content one: VACUUM may renumber the rowids of tables
-- without an INTEGER PRIMARY KEY, which would silently break an external-content index.
CREATE VIRTUAL TABLE `situations_fts` USING fts5(
	`situation_id` UNINDEXED,
	`code`,
	`question`,
	`summary`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `situations_fts` (`situation_id`, `code`, `question`, `summary`) SELECT `id`, `code`, `question`, `summary` FROM `situations`;
--> statement-breakpoint
CREATE TRIGGER `situations_fts_insert` AFTER INSERT ON `situations` BEGIN
	INSERT INTO `situations_fts` (`situation_id`, `code`, `question`, `summary`) VALUES (new.`id`, new.`code`, new.`question`, new.`summary`);
END;
--> statement-breakpoint
CREATE TRIGGER `situations_fts_update` AFTER UPDATE OF `code`, `question`, `summary` ON `situations` BEGIN
	DELETE FROM `situations_fts` WHERE `situation_id` = old.`id`;
	INSERT INTO `situations_fts` (`situation_id`, `code`, `question`, `summary`) VALUES (new.`id`, new.`code`, new.`question`, new.`summary`);
END;
--> statement-breakpoint
CREATE TRIGGER `situations_fts_delete` AFTER DELETE ON `situations` BEGIN
	DELETE FROM `situations_fts` WHERE `situation_id` = old.`id`;
END;
