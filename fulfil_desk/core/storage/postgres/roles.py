"""Least privilege on PostgreSQL: the SQL a superuser runs once, in the shop's database, to
make two roles.

- The owner owns the database and its schema `public` and runs the migrations: every table
  is its.
- A station logs in and connects, uses the schema but creates nothing in it, and may read and
  write the rows of every table the owner makes (default privileges: the tables of later
  migrations are covered), except the audit log: on `events` only SELECT and INSERT, and
  UPDATE of `detail` alone (the purge path); never DELETE, TRUNCATE, REFERENCES or TRIGGER.

Default privileges cannot except one table, so an event trigger does: whenever a CREATE
TABLE or ALTER TABLE ends and `public.events` exists, every role but its owner loses what it
may not have on it (a migration that rebuilds or renames the table is covered too). The set-up
can run again (after migrations, to reset passwords): each statement leaves what is right.

Passwords: the statements quote them as literals, so they are never printed (print the
statements made without passwords, and set them with psql's `\\password`, which sends only a
SCRAM verifier); `set_up` sends libpq's verifier instead of the password, so no server log
holds it either.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import psycopg

EVENTS = "public.events"
EVENTS_TRIGGER = "fulfil_desk_events_rights"
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


def is_plain_name(name: str) -> bool:
    return bool(_NAME.fullmatch(name))


def identifier(name: str) -> str:
    """A role's or database's name, quoted; names are plain words (letters, digits, `_`)."""
    if not is_plain_name(name):
        raise ValueError(f"a role or database name is letters, digits and _ only: {name!r}")
    return f'"{name}"'


def literal(text: str) -> str:
    quoted = "'" + text.replace("'", "''") + "'"
    return "E" + quoted.replace("\\", "\\\\") if "\\" in text else quoted


def _role(name: str, password: str | None) -> list[str]:
    create = (
        f"DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {literal(name)}) "
        f"THEN CREATE ROLE {identifier(name)}; END IF; END$$"
    )
    secret = f" PASSWORD {literal(password)}" if password is not None else ""
    alter = f"ALTER ROLE {identifier(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE{secret}"
    return [create, alter]


_GRANTEE = "CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END"
_EVENTS_RIGHTS = f"""
DECLARE
    held record;
BEGIN
    IF to_regclass('{EVENTS}') IS NULL THEN
        RETURN;
    END IF;
    FOR held IN
        SELECT DISTINCT {_GRANTEE} AS grantee, a.privilege_type AS privilege
        FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.oid = '{EVENTS}'::regclass AND a.grantee <> c.relowner
          AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER')
    LOOP
        EXECUTE format('REVOKE %s ON {EVENTS} FROM %s', held.privilege, held.grantee);
        IF held.privilege = 'UPDATE' THEN
            EXECUTE format('GRANT UPDATE (detail) ON {EVENTS} TO %s', held.grantee);
        END IF;
    END LOOP;
    FOR held IN
        SELECT DISTINCT {_GRANTEE} AS grantee, a.privilege_type AS privilege, att.attname
        FROM pg_class c JOIN pg_attribute att ON att.attrelid = c.oid, aclexplode(att.attacl) a
        WHERE c.oid = '{EVENTS}'::regclass AND a.grantee <> c.relowner
          AND (a.privilege_type = 'REFERENCES'
               OR (a.privilege_type = 'UPDATE' AND att.attname <> 'detail'))
    LOOP
        EXECUTE format('REVOKE %s (%I) ON {EVENTS} FROM %s',
                       held.privilege, held.attname, held.grantee);
    END LOOP;
END"""


def _events_rights() -> list[str]:
    return [
        f"CREATE OR REPLACE FUNCTION public.{EVENTS_TRIGGER}() RETURNS event_trigger "
        f"LANGUAGE plpgsql AS $fn${_EVENTS_RIGHTS}$fn$",
        f"DROP EVENT TRIGGER IF EXISTS {EVENTS_TRIGGER}",
        f"CREATE EVENT TRIGGER {EVENTS_TRIGGER} ON ddl_command_end "
        f"WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION public.{EVENTS_TRIGGER}()",
        f"DO $fn${_EVENTS_RIGHTS}$fn$",  # an events table the owner made before this set-up
    ]


def setup_statements(
    *,
    database: str,
    owner: str,
    station: str,
    owner_password: str | None = None,
    station_password: str | None = None,
) -> list[str]:
    """The set-up, run by a superuser connected to `database` (which exists). Without
    passwords the roles are made without them: statements fit to print."""
    db, own, sta = identifier(database), identifier(owner), identifier(station)
    table_rights = "SELECT, INSERT, UPDATE, DELETE"
    return [
        *_role(owner, owner_password),
        *_role(station, station_password),
        f"ALTER DATABASE {db} OWNER TO {own}",
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {db} TO {sta}",
        f"ALTER SCHEMA public OWNER TO {own}",
        "REVOKE CREATE, USAGE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {sta}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {own} IN SCHEMA public "
        f"GRANT {table_rights} ON TABLES TO {sta}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {own} IN SCHEMA public "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {sta}",
        f"GRANT {table_rights} ON ALL TABLES IN SCHEMA public TO {sta}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {sta}",
        *_events_rights(),
    ]


def set_up(
    conn: psycopg.Connection,
    *,
    database: str,
    owner: str,
    station: str,
    owner_password: str | None = None,
    station_password: str | None = None,
) -> None:
    """Run the set-up on a superuser's connection to `database`, sending each password as the
    verifier libpq makes of it (the server's `password_encryption`: SCRAM-SHA-256), never as
    itself. The statements are not logged here, and must not be by a caller."""

    def verifier(role: str, password: str | None) -> str | None:
        if password is None:
            return None
        return conn.pgconn.encrypt_password(password.encode(), role.encode()).decode()

    statements = setup_statements(
        database=database,
        owner=owner,
        station=station,
        owner_password=verifier(owner, owner_password),
        station_password=verifier(station, station_password),
    )
    with conn.transaction():
        for statement in statements:
            conn.execute(statement.encode())


def set_up_at(
    superuser_url: str,
    *,
    database: str,
    owner: str,
    station: str,
    password_of: Callable[[str], str | None],
) -> None:
    """`set_up` over a connection of its own: the superuser of `superuser_url`, in `database`
    on that server (whatever database the URL names). `password_of(role)` is asked once the
    server has let the superuser in. A refused connection, or a role that is no superuser, is
    one sentence."""
    from psycopg.conninfo import make_conninfo

    from fulfil_desk.core.kernel.errors import UserError
    from fulfil_desk.core.kernel.messages import Message
    from fulfil_desk.core.storage.postgres.refusals import refusal
    from fulfil_desk.core.storage.postgres.urls import shown

    identifier(database), identifier(owner), identifier(station)  # ValueError before connecting
    try:
        conn = psycopg.connect(
            make_conninfo(superuser_url, dbname=database),
            autocommit=True,
            application_name="fulfil-desk",
        )
    except psycopg.Error as exc:
        raise UserError(refusal(exc, superuser_url)) from exc
    with conn:
        try:
            set_up(
                conn,
                database=database,
                owner=owner,
                station=station,
                owner_password=password_of(owner),
                station_password=password_of(station),
            )
        except psycopg.errors.InsufficientPrivilege as exc:
            role = conn.info.user
            raise UserError(
                Message("storage.pg.setup_not_allowed", url=shown(superuser_url), role=role)
            ) from exc


def setup_script(*, database: str, owner: str, station: str) -> str:
    """The set-up as a psql script, without passwords (`db roles` prints it): run it with
    `psql -d DATABASE -v ON_ERROR_STOP=1 -f FILE`, then `\\password` each role."""
    statements = setup_statements(database=database, owner=owner, station=station)
    return "".join(f"{statement};\n" for statement in statements)
