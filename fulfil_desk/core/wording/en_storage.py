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
    # Why a file could not be written or read (core/storage/copies/backup.py, `why`): the end of a
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
    "storage.server_gone": (
        "The database server {url} cannot be reached: this scan was not saved. Scans"
        " are refused until it is back; fulfil-desk connects again by itself."
    ),
    "storage.server_gone_while_saving": (
        "The database server {url} went away while saving this scan: it may or may not be"
        " saved. Do not scan it again: once the server is back, the next scan says which."
    ),
    "storage.server_gone_after_saving": (
        "The database server {url} went away during this scan, after saving some of it. Do"
        " not scan it again: once the server is back, the next scan shows where the order"
        " stands."
    ),
    "storage.move_target_not_empty": (
        "{target} is not empty (rows in {tables}): a shop moves only into an empty"
        " database. Nothing was copied."
    ),
    "storage.move_schema_differs": (
        "The target's table {table} has no column {columns}: both databases must"
        " be at the same fulfil-desk version. Nothing was copied."
    ),
    "storage.move_same": "The shop cannot move onto itself ({target}).",
    "storage.move_check_failed": (
        "The copy in {target} differs from the shop in {tables}: nothing was copied, and the "
        "shop itself is unchanged."
    ),
}
