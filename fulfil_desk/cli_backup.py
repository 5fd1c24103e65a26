"""`fulfil-desk backup`, `backups`, `restore`, `purge-personal-data`, and `db` (`db move`, the
shop to another database; `db roles`, a PostgreSQL server's roles for it): the commands on the
whole database."""

from __future__ import annotations

from pathlib import Path

import click

from fulfil_desk.cli_help import WordedCommand, WordedGroup
from fulfil_desk.cli_support import DATABASE, CliContext, columns, emit, json_option, warn
from fulfil_desk.cli_table import table
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.messages import Message, Term

BIG_FILE = 64 * 1024 * 1024  # from this size on, `backup` says how far it is on stderr


def _size(n: float) -> Message:
    if n < 1024:
        return Message("cli.size.bytes", size=str(int(n)))
    if (n := n / 1024) < 1024:
        return Message("cli.size.kb", size=f"{n:.1f}")
    if (n := n / 1024) < 1024:
        return Message("cli.size.mb", size=f"{n:.1f}")
    return Message("cli.size.gb", size=f"{n / 1024:.1f}")


@click.command("backup", cls=WordedCommand)
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@json_option
@click.pass_obj
def backup(obj: CliContext, file):
    """Back up the database now, while stations keep working: to FILE (yours to keep), or
    without FILE into the backups folder."""
    desk = obj.desk()
    made, changes = desk.backups.back_up(file, progress=_stderr_progress(obj, desk.path))
    emit(obj, made.as_json(), changes.message)


def _stderr_progress(obj: CliContext, db_path: Path | None):
    """`Backing up… 40 %` on stderr every tenth, for a big database and a person (not
    --json); None otherwise (a database in memory too), and the backup says nothing until it
    is done."""
    try:
        big = db_path is not None and db_path.stat().st_size >= BIG_FILE
    except OSError:
        big = False
    if obj.as_json or not big:
        return None
    said = [-1]

    def progress(done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth > said[0]:
            said[0] = tenth
            warn(obj, Message("cli.backup.progress", percent=tenth * 10))

    return progress


@click.command("backups", cls=WordedCommand)
@json_option
@click.pass_obj
def backups(obj: CliContext):
    """The backups in the backups folder, newest first."""
    desk = obj.desk()
    found = desk.backups.backups()
    words = obj.words
    rows = [
        [
            f"{b.taken_at.astimezone(desk.settings.shop_tz()):%Y-%m-%d %H:%M}",
            words.term(Term("cli.backup_kind", b.kind)),
            "?" if b.orders is None else str(b.orders),
            words(_size(b.size)),
            str(b.path) + (f"  ({words(b.problem)})" if b.problem else ""),
        ]
        for b in found
    ]
    headers = columns(obj, "taken_at", "kind", "orders", "size", "file")
    text = (
        table(rows, headers=headers, right=[False, False, True, True])
        if rows
        else Message("cli.backups.none", folder=str(desk.backups.backup_folder()))
    )
    emit(obj, [b.as_json() for b in found], text)


@click.command("restore", cls=WordedCommand)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True)
@json_option
@click.pass_obj
def restore(obj: CliContext, file, yes):
    """Replace the database's content by the backup FILE (the current one is backed up
    first). Close fulfil-desk on the other stations before."""
    desk = obj.desk()
    facts = desk.backups.check_backup(file)
    if not yes and not obj.as_json:
        question = Message(
            "cli.restore.confirm", db=desk.shown, file=str(file), n=facts.orders or 0
        )
        click.confirm(obj.words(question), abort=True, err=True)
    changes = desk.backups.restore_backup(file)
    emit(obj, {"restored": str(file), "orders": facts.orders}, changes.message)


@click.command("purge-personal-data", cls=WordedCommand)
@click.option("--older-than", "days", metavar="DAYS", type=click.IntRange(1))
@click.option("--dry-run", is_flag=True)
@json_option
@click.pass_obj
def purge_personal_data(obj: CliContext, days, dry_run):
    """Erase buyers' names, phones and addresses from old orders; what the seller scores
    need stays."""
    report, changes = obj.desk().privacy.purge_personal_data(days, dry_run=dry_run)
    text = obj.words(changes.message)
    if dry_run and report.orders:
        text += "\n" + "\n".join(f"  {o}" for o in report.orders)  # marketplace, number
    emit(obj, report.as_json(), text)


@click.group("db", cls=WordedGroup)
def db():
    """The shop's whole database: move it, set up a server's roles for it."""


@db.command("move")
@click.option("--to", "target", required=True, type=DATABASE)
@json_option
@click.pass_obj
def db_move(obj: CliContext, target):
    """Copy the whole shop into the empty database TARGET, checked table by table; this one
    is left as it was."""
    move, changes = obj.desk(housekeeping=False).moves.move_to(target)
    rows = [[table_name, str(n)] for table_name, n in move.rows.items()]
    text = table(rows, headers=columns(obj, "table", "rows"), right=[False, True])
    emit(obj, move.as_json(), text + "\n\n" + obj.words(changes.message))


@db.command("roles")
@click.argument("database")
@click.option("--owner", required=True, metavar="NAME")
@click.option("--station", required=True, metavar="NAME")
@click.option("--run", "superuser_url", metavar="SUPERUSER_URL")
@click.pass_obj
def db_roles(obj: CliContext, database, owner, station, superuser_url):
    """The SQL that makes the shop's owner and station roles on a PostgreSQL server, for
    psql -f; or, with --run, the set-up run there as its superuser."""
    if superuser_url is None:
        script = Desk.role_script(database=database, owner=owner, station=station)
        click.echo(script, nl=False)
        return
    done = Desk.set_up_roles(
        superuser_url,
        database=database,
        owner=owner,
        station=station,
        password_of=lambda role: _password(obj, role),
    )
    click.echo(obj.words(done))


def _password(obj: CliContext, role: str) -> str:
    """Asked twice, never echoed (on the terminal, else read from stdin)."""
    return click.prompt(
        obj.words(Message("cli.db_roles.password", role=role)),
        hide_input=True,
        confirmation_prompt=obj.words(Message("cli.db_roles.password_again", role=role)),
        err=True,
    )


COMMANDS = (backup, backups, restore, purge_personal_data, db)
