"""The SQLite engine: a shop in one file, for one PC."""
