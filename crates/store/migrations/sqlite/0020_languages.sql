-- The language a user reads the center in (a BCP 47 tag: en, fr, ar, fa, ru), and a member's
-- default for its users who chose none. NULL: no choice (the browser's languages decide).
ALTER TABLE users ADD COLUMN language TEXT;
ALTER TABLE members ADD COLUMN language TEXT;
