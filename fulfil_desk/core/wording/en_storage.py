"""English: what the storage domain says."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Opening the database (core/storage/db.py); {error} is SQLite's or the system's words.
    "storage.busy": "Another station is saving; scan again.",
    "storage.read_only": (
        "The database {path} is read-only (the file or its folder cannot be written), and "
        "fulfil-desk saves every scan as it happens: copy it to a writable folder and open the "
        "copy, or restore it into your database with `fulfil-desk restore {path}`."
    ),
    "storage.cannot_open": "Cannot open the database {path}: {error}.",
    "storage.cannot_create": "Cannot create the database {path}: {error}.",
    # Why a file could not be written or read (core/storage/backup.py, `why`): the end of a
    # sentence, the {why} of the refusals below.
    "storage.disk_full": "the disk is full",
    "storage.disk_read_only": "the disk is read-only",
    "storage.may_not_write": "fulfil-desk may not write there (read-only or no permission)",
    "storage.cannot_open_file": "the file cannot be opened or created there",
    "storage.not_a_database": "it is not a SQLite database, or it is damaged",
    # Backups and restores, written and read
    "storage.cannot_write_backup": (
        "Cannot write the backup {path}: {why}. The database is unchanged and the earlier "
        "backups are kept."
    ),
    "storage.no_file": "There is no file {path}.",
    "storage.cannot_read": "Cannot read {path}: {why}.",
    "storage.cannot_read_to_restore": "Cannot read {path}: {why}. Nothing was restored.",
    "storage.cannot_restore": "Cannot restore {path}: {why}. The database is as it was.",
}
