-- Closing a year rewrites every evaluation and all its indicator rows' scores. With free room on each page the new row
-- versions stay on the same page and no index entry is written (a HOT update): the year close writes half as much.
-- Only pages written from now on keep the room; a year's evaluations are created in the year they are closed in.
ALTER TABLE evaluation_indicator SET (fillfactor = 80);
ALTER TABLE evaluation SET (fillfactor = 85);
