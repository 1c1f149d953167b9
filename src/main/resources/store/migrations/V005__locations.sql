-- Where territories lie: one point (WGS 84) per territory, for the communes' points of the map page
-- and the territory page. Replaced as a whole by `vigie territories locate`; the source says where
-- the coordinates come from (an official centroid file, or GeoNames places matched by name).
CREATE TABLE territory_location (
    code      VARCHAR PRIMARY KEY,   -- territory code (INSEE code of a commune)
    latitude  DOUBLE NOT NULL,       -- degrees north, WGS 84
    longitude DOUBLE NOT NULL,       -- degrees east, WGS 84
    source    VARCHAR NOT NULL
);

-- An import of reference data that no KPI reads (the territories' points) does not make the computed
-- KPIs stale: only the runs that feed them count when deciding to compute again.
ALTER TABLE import_run ADD COLUMN feeds_kpis BOOLEAN DEFAULT true;
