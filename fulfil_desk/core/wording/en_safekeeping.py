"""English: what the safekeeping domain says."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    # Backups and restore (core/safekeeping/backups.py); {why} is a refusal of the storage
    # (storage.cannot_write_backup, …), {steps} the schema steps by name.
    "backup.done": "Backed up to {path}.",
    "backup.before_upgrade_failed": (
        "This fulfil-desk must update the database's schema ({steps}) and backs it up first, "
        "but cannot: {why} Free some space or choose another backup folder (setting "
        "backup_dir), then open it again."
    ),
    "backup.target_is_a_folder": "{path} is a folder; give the backup a file name.",
    "backup.target_is_the_database": (
        "A backup cannot replace the database itself; choose another file."
    ),
    "backup.daily_failed": "The daily backup failed: {why}",
    "backup.damaged": "{path} is damaged (integrity check: {integrity}); choose another backup.",
    "backup.not_fulfil_desk": "{path} is not a fulfil-desk database.",
    "backup.from_a_newer_version": (
        "{path} was written by a newer fulfil-desk (its schema has {steps}, this version knows "
        "up to {latest}); update fulfil-desk before restoring it."
    ),
    "backup.source_is_the_database": "That is the database itself; choose a backup.",
    "backup.database_in_use": (
        "Another program has {file} open (process {processes}): close fulfil-desk on the other "
        "stations first, then restore. Nothing was changed."
    ),
    "backup.restored": (
        "Restored {file} ({n} order); the database as it was is saved as {saved_as}.",
        "Restored {file} ({n} orders); the database as it was is saved as {saved_as}.",
    ),
    # The purge of old personal data (core/safekeeping/purge.py); {before} is the shop's day.
    "purge.would_erase": (
        "{n} order shipped or cancelled before {before} would have its personal data erased "
        "(dry run: nothing changed).",
        "{n} orders shipped or cancelled before {before} would have their personal data "
        "erased (dry run: nothing changed).",
    ),
    "purge.erased": (
        "Personal data of {n} order shipped or cancelled before {before} erased.",
        "Personal data of {n} orders shipped or cancelled before {before} erased.",
    ),
    "purge.not_compacted": (
        "Another station kept the file from being compacted, so erased values may linger in "
        "its free space; run the purge again when the others are closed."
    ),
    "purge.days_from_to": "Purge after a whole number of days from {least} to {most}, e.g. 90.",
    "purge.which_orders": (
        "Say which orders: --older-than DAYS, or set purge_after_days "
        "(e.g. `fulfil-desk settings purge_after_days 90`)."
    ),
    "purge.on_open_failed": "The purge of old personal data failed: {why}",
    # A shop moved to another database (core/safekeeping/moving.py); {source} and {target}
    # as a person is shown them (a URL without its password)
    "move.done": (
        "The shop is in {target} now: {n} row in {tables} tables, each table checked against "
        "{source}. Open it with --db {target} from now on (FULFIL_DESK_DB, on every station); "
        "{source} is left as it was.",
        "The shop is in {target} now: {n} rows in {tables} tables, each table checked against "
        "{source}. Open it with --db {target} from now on (FULFIL_DESK_DB, on every station); "
        "{source} is left as it was.",
    ),
    "move.roles_done": (
        "Roles {owner} and {station} are set up in database {database}: open the shop once as "
        "{owner} (it builds the schema), then let the stations in as {station}."
    ),
    "move.bad_name": (
        "{name} cannot name a database or a role: use letters, digits and _ only (at most 63)."
    ),
}
