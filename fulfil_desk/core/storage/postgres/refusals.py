"""A connection the server or libpq refused, as one sentence naming what was wrong.

psycopg gives a SQLSTATE for some refusals (`exc.sqlstate`), none for most (libpq reports a
failed start-up as text): the code is read where there is one, libpq's text otherwise. With
`sslmode=prefer` (the default) libpq tries twice, with TLS and without, and its text holds
both answers, the TLS one first: what it says about the encrypted attempt decides.

Every message names the URL as `shown(url)`, and any text of the server's that a message
carries has the URL's password scrubbed from it.
"""

from __future__ import annotations

import getpass
import os
import re
from urllib.parse import unquote, urlsplit

import psycopg

from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.storage.postgres.urls import is_postgres_url, shown, without_passwords

_QUOTED = r'"([^"]*)"'
_TCP_SERVER = re.compile(r'server at "([^"]*)"(?: \([^)]*\))?, port (\d+)')
_SOCKET_SERVER = re.compile(r'server on socket "([^"]*)"')
_UNRESOLVED_HOST = re.compile(r"(?:translate host name|resolve host) ['\"]([^'\"]*)['\"]")
_ATTEMPT_PREFIX = re.compile(r"^(?:connection (?:failed|is bad): )?(?:connection to .*? failed: )?")
_NO_ENTRY = re.compile(r"no pg_hba\.conf entry|pg_hba\.conf rejects connection")
_UNENCRYPTED = re.compile(r"no encryption|SSL off")
_UNREACHABLE = re.compile(
    r"Connection refused|No such file or directory|timeout expired|Network is unreachable"
    r"|No route to host|could not connect to server"
)
_NOT_NOW = re.compile(r"is starting up|is shutting down|not yet accepting|in recovery mode")
_BAD_SETTING = re.compile(
    r'invalid URI|invalid connection option|invalid sslmode|invalid port|missing "="'
    r"|unterminated quoted string|invalid integer value"
)
_WRONG_PASSWORD = re.compile(r"password authentication failed")
_NO_PASSWORD = re.compile(r"no password supplied")
_NO_ROLE = re.compile(r'role "[^"]*" does not exist')
_NO_DATABASE = re.compile(r'database "[^"]*" does not exist')
_TOO_MANY = re.compile(r"too many|connection slots are reserved")
_NO_TLS = re.compile(r"server does not support SSL")
_UNTRUSTED = re.compile(r"certificate verify failed|does not match host name")
_TLS_FILES = re.compile(r"certificate|SSL error")
_NO_SERVICE = re.compile(r"definition of service")


def refusal(exc: psycopg.Error, url: str) -> Message:
    """Why `psycopg.connect(url)` failed, as a message for the person at the station."""
    text = str(exc)
    where = shown(url)
    unread = isinstance(exc, psycopg.ProgrammingError) and not exc.sqlstate
    if unread or _BAD_SETTING.search(text):
        return Message("storage.pg.bad_url", url=where, reason=_reason(text, url))
    code = exc.sqlstate or ""
    role = _quoted_after(text, ("for user", "role")) or _url_part(url, "user")
    database = _quoted_after(text, ("database",)) or _url_part(url, "database")
    if code == "28P01" or _WRONG_PASSWORD.search(text):
        return Message("storage.pg.password_wrong", url=where, role=role)
    if _NO_PASSWORD.search(text):
        return Message("storage.pg.password_missing", url=where, role=role)
    if _NO_ROLE.search(text):
        return Message("storage.pg.role_unknown", url=where, role=role)
    if code == "3D000" or _NO_DATABASE.search(text):
        return Message("storage.pg.database_unknown", url=where, database=database)
    if code == "53300" or _TOO_MANY.search(text):
        return Message("storage.pg.too_many", url=where)
    if code == "57P03" or _NOT_NOW.search(text):
        return Message("storage.pg.server_not_ready", url=where)
    if _NO_TLS.search(text):
        return Message("storage.pg.tls_not_offered", url=where)
    if _UNTRUSTED.search(text):
        return Message("storage.pg.tls_untrusted", url=where)
    if _TLS_FILES.search(text):
        return Message("storage.pg.refused", url=where, reason=_reason(text, url))
    if refused := _not_let_in(text, where, role, database):
        return refused
    if _NO_SERVICE.search(text):
        service = _quoted_after(text, ("service",)) or ""
        return Message("storage.pg.service_unknown", url=where, service=service)
    if host := _UNRESOLVED_HOST.search(text):
        return Message("storage.pg.host_unknown", url=where, host=host.group(1))
    if _UNREACHABLE.search(text):
        return Message("storage.pg.unreachable", url=where, server=_server(text, url))
    return Message("storage.pg.refused", url=where, reason=_reason(text, url))


def _not_let_in(text: str, where: str, role: str, database: str) -> Message | None:
    """pg_hba.conf has no line for this connection: for lack of TLS when only an unencrypted
    attempt was refused; not at all (whatever the encryption) otherwise."""
    refused_attempts = [line for line in text.splitlines() if _NO_ENTRY.search(line)]
    if not refused_attempts:
        return None
    if all(_UNENCRYPTED.search(line) for line in refused_attempts):
        return Message("storage.pg.tls_required", url=where, role=role)
    return Message("storage.pg.not_allowed", url=where, role=role, database=database)


def _quoted_after(text: str, words: tuple[str, ...]) -> str | None:
    for word in words:
        if found := re.search(rf"\b{word} {_QUOTED}", text):
            return found.group(1)
    return None


def _url_part(url: str, part: str) -> str:
    """The role or database the URL names; for a role it leaves out, libpq's default (PGUSER,
    else this PC's user name)."""
    if not is_postgres_url(url):
        return ""
    parts = urlsplit(url)
    if part == "database":
        return unquote(parts.path.lstrip("/"))
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0] if "@" in parts.netloc else ""
    return unquote(user) or os.environ.get("PGUSER") or getpass.getuser()


def _server(text: str, url: str) -> str:
    """The server libpq tried, from its own words (a service or the environment may have
    named it, not the URL): `host:port`, or the socket's path."""
    if found := _TCP_SERVER.search(text):
        return f"{found.group(1)}:{found.group(2)}"
    if found := _SOCKET_SERVER.search(text):
        return found.group(1)
    return shown(url)


def _reason(text: str, url: str) -> str:
    """The first thing libpq or the server said, without its preamble, `FATAL:` or password."""
    first = next((line for line in text.splitlines() if line.strip()), text).strip()
    said = _ATTEMPT_PREFIX.sub("", first)
    said = re.sub(r"^(?:FATAL|ERROR):\s+", "", said).rstrip(".")
    return without_passwords(said, url)
