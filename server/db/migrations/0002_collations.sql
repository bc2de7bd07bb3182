-- The orders the mock sorts in, as ICU collations (the mock sorts with ICU too, through Intl):
-- title_order is Intl.Collator('en', { sensitivity: 'base', numeric: true }) (case and accents
-- ignored, "Item 2" before "Item 10"; what it finds equal the list orders by id);
-- language_order is String.prototype.localeCompare's, for language codes (the family's
-- representative: its first translation by language code). Written by hand: Drizzle's
-- schema has no collations. The locales are in ICU's own keyword form: PGlite's ICU ignores
-- the BCP 47 form (en-u-kn-true-ks-level1), and PostgreSQL's takes both.
CREATE COLLATION IF NOT EXISTS title_order (provider = icu, locale = 'en@colNumeric=yes;colStrength=primary', deterministic = false);
--> statement-breakpoint
CREATE COLLATION IF NOT EXISTS language_order (provider = icu, locale = 'und');
