-- How a user reads dates: a calendar (gregorian, persian, islamic) and an IANA time zone.
-- NULL: the language's usual calendar, and UTC.
ALTER TABLE users ADD COLUMN calendar TEXT;
ALTER TABLE users ADD COLUMN time_zone TEXT;
