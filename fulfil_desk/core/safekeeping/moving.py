"""Moving a whole shop to another database (`desk.moves`): from SQLite to a PostgreSQL server
when the shop outgrows one PC, or back; and the server's roles for a shop on PostgreSQL.

The move copies every row into an empty target in one transaction of the target, from one
snapshot of this shop, and compares every table before it commits (storage/copies/moving.py).
It changes nothing here, not even the audit trail: the shop is left as it was, byte for byte,
and the copy has exactly its rows. From then on the stations open the target.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.storage.copies.moving import move_shop
from fulfil_desk.core.storage.db import shown_target


@dataclass(frozen=True)
class Move:
    target: str  # as a person is shown it: no password
    rows: dict[str, int]  # table: rows copied, every table of the shop

    def as_json(self) -> dict:
        return {"target": self.target, "rows": self.rows, "checked": True}


class MoveService:
    def __init__(self, *, ctx: DeskContext):
        self._ctx = ctx

    def move_to(self, target: Path | str) -> tuple[Move, Changes]:
        """Every row of this shop into `target` (a `postgresql://` URL or a SQLite file,
        created when missing), checked table by table; refused when the target is not
        empty or is this shop's own database, and then the target is as it was."""
        copied = move_shop(self._ctx.db, target)
        move = Move(shown_target(target), {c.table: c.rows for c in copied})
        message = Message(
            "move.done",
            target=move.target,
            source=shown_target(self._ctx.target),
            n=sum(move.rows.values()),
            tables=len(move.rows),
        )
        return move, Changes(message=message)


def role_script(*, database: str, owner: str, station: str) -> str:
    """The SQL that makes a shop's owner and station roles, for `psql -f`: no passwords."""
    from fulfil_desk.core.storage.postgres.roles import setup_script

    try:
        return setup_script(database=database, owner=owner, station=station)
    except ValueError as exc:
        raise UserError(_bad_name(database, owner, station)) from exc


def set_up_roles(
    superuser_url: str,
    *,
    database: str,
    owner: str,
    station: str,
    password_of: Callable[[str], str],
) -> Message:
    """The set-up run as the superuser of `superuser_url`, in `database` on that server;
    `password_of(role)` is asked once the server has let the superuser in, and each password
    reaches the server only as its SCRAM verifier."""
    from fulfil_desk.core.storage.postgres.roles import set_up_at

    try:
        set_up_at(
            superuser_url,
            database=database,
            owner=owner,
            station=station,
            password_of=password_of,
        )
    except ValueError as exc:
        raise UserError(_bad_name(database, owner, station)) from exc
    return Message("move.roles_done", database=database, owner=owner, station=station)


def _bad_name(*names: str) -> Message:
    from fulfil_desk.core.storage.postgres.roles import is_plain_name

    bad = next((name for name in names if not is_plain_name(name)), names[0])
    return Message("move.bad_name", name=bad)
