"""Backups (`desk.backups`): back up now, list, restore; the automatic backups.

Backups go to the folder `backup_dir` (default: `backups` beside the database), named
`<database name>-<UTC time>Z-<why>.db`, e.g. `shop-20260618-010000Z-daily.db`. They are
taken automatically once a day (when the database is opened and the newest backup is a day
old or more) and before a migration changes the schema; `backup_keep` (default 14) of them
are kept, the oldest deleted first, never the one just made. A backup to a path of the
person's choice (`back_up(path)`) is theirs and never deleted.

A backup by hand or a restore reports `progress(done, total)` and stops when it raises
(`Cancelled`): no file is left behind, the earlier backups are all kept (the oldest is
deleted only once the new one is written), a restore leaves the database as it was.
`backup_job` prepares a backup on the Desk's thread for a window to run on a worker thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import Cancelled, UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.settings import DEFAULTS
from fulfil_desk.core.safekeeping.purge import PrivacyService
from fulfil_desk.core.storage.copies.backup import (
    STEP_PAGES,
    BackupError,
    DatabaseFacts,
    Progress,
    has_events,
    known_migrations,
    other_processes,
    read_facts,
    remove_stale_parts,
    restore_into,
    write_backup,
)
from fulfil_desk.core.storage.locks import LockRepo
from fulfil_desk.core.storage.repos import SettingsRepo

KINDS = ("daily", "manual", "before-upgrade", "before-restore")
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})Z-(?P<kind>" + "|".join(KINDS) + r")(?:-(?P<n>\d+))?\.db$"
)
DAILY = timedelta(days=1)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    kind: str  # daily, manual, before-upgrade, before-restore
    size: int
    orders: int | None = None  # read from the file by `backups()`
    problem: Message | str | None = None  # why the file could not be read (a UserError's)

    def as_json(self) -> dict:
        return {
            "file": str(self.path),
            "taken_at": self.taken_at.isoformat(timespec="seconds"),
            "kind": self.kind,
            "size": self.size,
            "orders": self.orders,
            "problem": self.problem or "",  # a message, in words with --json
        }


def backup_folder(db_path: Path, setting: str | None) -> Path:
    """`backup_dir`, relative to the database's folder; `backups` beside it by default."""
    folder = Path(db_path).absolute().parent
    return folder / Path(setting).expanduser() if setting else folder / "backups"


def _listed(folder: Path, stem: str) -> list[tuple[datetime, int, Backup]]:
    try:
        files = list(folder.glob(f"{stem}-*Z-*.db"))
    except OSError:
        return []
    found = []
    for path in files:
        match = _NAME.match(path.name)
        if not match or match["stem"] != stem:
            continue
        at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append((at, int(match["n"] or 1), Backup(path, at, match["kind"], size)))
    return sorted(found, key=lambda f: (f[0], f[1]), reverse=True)


def list_backups(folder: Path, stem: str) -> list[Backup]:
    """The backups of the database named `stem` in `folder`, newest first."""
    return [b for _at, _n, b in _listed(folder, stem)]


def _free_name(folder: Path, stem: str, at: datetime, kind: str) -> Path:
    base = f"{stem}-{at.astimezone(UTC):%Y%m%d-%H%M%S}Z-{kind}"
    path, n = folder / f"{base}.db", 1
    while path.exists():
        n += 1
        path = folder / f"{base}-{n}.db"
    return path


def make_folder_backup(
    source,
    db_path: Path,
    folder: Path,
    at: datetime,
    kind: str,
    keep: int,
    *,
    spare=(),
    progress: Progress | None = None,
    pages: int = STEP_PAGES,
    prune: bool = True,
) -> Backup:
    """A backup of `source` (the open database, or its path) into the backups folder, then
    (`prune`) the oldest beyond `keep` deleted: never the one just made, nor `spare`."""
    remove_stale_parts(folder)
    target = _free_name(folder, Path(db_path).stem, at, kind)
    size = write_backup(source, target, progress=progress, pages=pages)
    made = Backup(target, at.astimezone(UTC).replace(microsecond=0), kind, size)
    if prune:
        prune_folder(folder, Path(db_path).stem, keep, spare=[target, *spare])
    return made


def prune_folder(folder: Path, stem: str, keep: int, *, spare=()) -> None:
    """Deletes the oldest backups beyond the newest `keep`, never those in `spare`."""
    spared = {Path(p).resolve() for p in spare}
    for old in list_backups(folder, stem)[max(1, keep) :]:
        if old.path.resolve() not in spared:
            try:
                old.path.unlink()
            except OSError:
                pass  # a backup that cannot be deleted is still a backup


@dataclass(frozen=True)
class BackupJob:
    """A backup by hand, prepared on the Desk's thread (`Desk.backup_job`). `run` touches
    only files and a connection of its own to the database, so a window can run it on a
    worker thread while the bench keeps scanning."""

    db_path: Path
    target: Path | None  # None: into the backups folder
    folder: Path
    source: Path | str  # read through a connection of its own: the file, or the server's URL
    at: datetime
    keep: int
    pages: int = STEP_PAGES

    def run(self, progress: Progress | None = None) -> tuple[Backup, Changes]:
        """`progress(done, total)` after each step; when it raises (`Cancelled`), no file
        is left behind and no earlier backup was deleted."""
        if self.target is None:
            made = make_folder_backup(
                self.source,
                self.db_path,
                self.folder,
                self.at,
                "manual",
                self.keep,
                progress=progress,
                pages=self.pages,
            )
        else:
            size = write_backup(self.source, self.target, progress=progress, pages=self.pages)
            made = Backup(self.target, self.at.astimezone(UTC), "manual", size)
        return made, Changes(message=Message("backup.done", path=str(made.path)))


def _db_settings(db) -> tuple[str | None, int]:
    settings = SettingsRepo(db)
    return (
        settings.get("backup_dir", DEFAULTS["backup_dir"]),
        settings.get("backup_keep", DEFAULTS["backup_keep"]),
    )


def backup_before_migrating(db_path: Path, clock):
    """The hook `open_database` calls when migrations are about to change a database that
    already has a schema: the backup comes first, and without it nothing is migrated."""

    def hook(db, pending: list[str]) -> None:
        folder_setting, keep = _db_settings(db)
        folder = backup_folder(db_path, folder_setting)
        try:
            make_folder_backup(db, db_path, folder, clock.now(), "before-upgrade", keep)
        except BackupError as exc:
            why = Message("backup.before_upgrade_failed", steps=tuple(pending), why=exc.message)
            raise UserError(why) from exc

    return hook


class BackupService:
    def __init__(self, *, ctx: DeskContext, privacy: PrivacyService):
        self._ctx = ctx
        self._privacy = privacy
        self._locks = LockRepo(ctx.db)

    # ---- where -------------------------------------------------------------------------------

    @property
    def _db_path(self) -> Path:
        return self._ctx.path

    def backup_folder(self) -> Path:
        return backup_folder(self._db_path, self._ctx.setting("backup_dir"))

    def backups(self, *, read_files: bool = True) -> list[Backup]:
        """The backups in the backups folder, newest first, each with its order count."""
        found = list_backups(self.backup_folder(), self._db_path.stem)
        if not read_files:
            return found
        listed = []
        for backup in found:
            try:
                facts = read_facts(backup.path, check_integrity=False)
                listed.append(replace(backup, orders=facts.orders))
            except UserError as exc:
                listed.append(replace(backup, problem=exc.message))
        return listed

    # ---- making them -------------------------------------------------------------------------

    def back_up(
        self,
        target: Path | str | None = None,
        *,
        progress: Progress | None = None,
        pages: int = STEP_PAGES,
    ) -> tuple[Backup, Changes]:
        """A backup now: to `target` (a file of the person's choice, kept until they delete
        it) or, without one, into the backups folder. `progress(done, total)`: see
        `BackupJob.run`."""
        return self.backup_job(target, pages=pages).run(progress)

    def backup_job(self, target: Path | str | None = None, *, pages: int = STEP_PAGES) -> BackupJob:
        """`back_up`, checked and prepared here, to `run` anywhere (a worker thread).
        `pages`: pages per step, so how often progress is said and Cancel is heard."""
        if target is not None:
            target = Path(target).expanduser()
            if target.is_dir():
                raise UserError(Message("backup.target_is_a_folder", path=str(target)))
            if target.resolve() == self._db_path.resolve():
                raise UserError(Message("backup.target_is_the_database"))
        return BackupJob(
            db_path=self._db_path,
            target=target,
            folder=self.backup_folder(),
            source=self._ctx.target,
            at=self._ctx.clock.now(),
            keep=self._ctx.setting("backup_keep"),
            pages=pages,
        )

    def _folder_backup(self, kind: str, *, spare=(), **copying) -> Backup:
        return make_folder_backup(
            self._ctx.db,
            self._db_path,
            self.backup_folder(),
            self._ctx.clock.now(),
            kind,
            self._ctx.setting("backup_keep"),
            spare=spare,
            **copying,
        )

    def backup_if_due(self) -> Backup | None:
        """The daily backup: when the newest backup is a day old or more (or dated after
        now: the clock was wrong), and the database holds anything yet."""
        if not has_events(self._ctx.db):
            return None
        newest = self.backups(read_files=False)
        if newest:
            age = self._ctx.clock.now() - newest[0].taken_at
            if timedelta(0) <= age < DAILY:
                return None
        return self._folder_backup("daily")

    def after_open(self) -> None:
        """What runs each time the Desk opens a database: the daily backup, the purge of
        old personal data. Neither stops the station from working: a failure is kept in
        `open_notes` for the GUI and the CLI to show."""
        self._ctx.open_notes.clear()
        try:
            self.backup_if_due()
        except UserError as exc:
            self._ctx.open_notes.append(Message("backup.daily_failed", why=exc.message))
        self._privacy.purge_on_open()

    # ---- restoring ---------------------------------------------------------------------------

    def check_backup(self, source: Path | str) -> DatabaseFacts:
        """Refuses a file that is damaged, not a fulfil-desk database, or newer than this
        fulfil-desk; else says what it holds."""
        source = Path(source).expanduser()
        facts = read_facts(source)
        if facts.integrity != "ok":
            raise UserError(Message("backup.damaged", path=str(source), integrity=facts.integrity))
        if not facts.is_fulfil_desk:
            raise UserError(Message("backup.not_fulfil_desk", path=str(source)))
        if facts.unknown_migrations:
            raise UserError(
                Message(
                    "backup.from_a_newer_version",
                    path=str(source),
                    steps=facts.unknown_migrations,
                    latest=known_migrations()[-1],
                )
            )
        return facts

    def restore_backup(
        self, source: Path | str, *, progress: Progress | None = None, pages: int = STEP_PAGES
    ) -> Changes:
        """Replace the database's content by a backup's, after backing up the current one.

        `progress(done, total)`: the backup of the current data is the first half, the copy
        of the backup the second; when it raises (`Cancelled`), the database is as it was,
        the backup of it is deleted and no earlier backup was.

        Refused while another program on this machine has the database open (another
        station's window or command): close it there first. Stations on other machines
        sharing the file cannot be seen; see README, Backups."""
        source = Path(source).expanduser()
        if source.resolve() == self._db_path.resolve():
            raise UserError(Message("backup.source_is_the_database"))
        facts = self.check_backup(source)
        others = other_processes(self._db_path)
        if others:
            raise UserError(
                Message("backup.database_in_use", file=self._db_path.name, processes=tuple(others))
            )
        halves = [_half(progress, 0), _half(progress, 1)] if progress else [None, None]
        safety = self._folder_backup(
            "before-restore", spare=[source], progress=halves[0], pages=pages, prune=False
        )
        try:
            restore_into(self._ctx.db, source, progress=halves[1], pages=pages)
        except Cancelled:
            safety.path.unlink(missing_ok=True)
            raise
        prune_folder(
            self.backup_folder(),
            self._db_path.stem,
            self._ctx.setting("backup_keep"),
            spare=[safety.path, source],
        )
        with self._ctx.transaction():
            # The stations' locks in the backup are those of a moment gone by: none is open.
            for station in {lock["station"] for lock in self._locks.all()}:
                self._locks.release_station(station)
            self._ctx.event(
                "database_restored",
                None,
                source=str(source),
                orders=facts.orders,
                previous_saved_as=str(safety.path),
            )
        return Changes(
            queue=True,
            stock=True,
            products=True,
            settings=True,
            scores=True,
            message=Message(
                "backup.restored",
                file=source.name,
                n=facts.orders or 0,
                saved_as=str(safety.path),
            ),
        )


def _half(progress: Progress, which: int) -> Progress:
    """One of two copies as half of one progress bar: 0 to 1000, then 1000 to 2000."""
    return lambda done, total: progress(which * 1000 + done * 1000 // max(total, 1), 2000)


__all__ = [
    "Backup",
    "BackupJob",
    "Cancelled",
    "BackupService",
    "backup_before_migrating",
    "list_backups",
]
