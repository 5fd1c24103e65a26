"""Whole copies of a shop: backups and restores, and a shop moved between engines."""
