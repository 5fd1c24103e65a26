"""English: a PostgreSQL server that refused the connection (core/storage/postgres/
refusals.py), one sentence each; {url} is the URL without its password, {reason} the words of
libpq or the server."""

ENGLISH: dict[str, str | tuple[str, str]] = {
    "storage.pg.password_wrong": (
        "The server at {url} refused the password of role {role} (or has no such role): check "
        "the password in the password file (~/.pgpass), the service file or the URL."
    ),
    "storage.pg.password_missing": (
        "The server at {url} asks role {role} for a password and none was given: put it in the "
        "password file (~/.pgpass, or the file PGPASSFILE names)."
    ),
    "storage.pg.role_unknown": "The server at {url} has no role {role}.",
    "storage.pg.database_unknown": (
        "The server at {url} has no database {database}: check its name in the URL."
    ),
    "storage.pg.unreachable": (
        "No PostgreSQL server answers at {server} (for {url}): check the host, the port or the "
        "socket folder, and that the server is running."
    ),
    "storage.pg.host_unknown": (
        "This PC cannot find the server {host} (for {url}): check the host name in the URL."
    ),
    "storage.pg.tls_required": (
        "The server at {url} lets role {role} in only over TLS: add sslmode=require (or "
        "verify-full) to the URL."
    ),
    "storage.pg.tls_not_offered": (
        "The server at {url} does not offer TLS, which the URL's sslmode requires: turn ssl on "
        "at the server, or change sslmode."
    ),
    "storage.pg.tls_untrusted": (
        "The server at {url} showed a certificate this PC does not trust: check sslrootcert "
        "and the server's host name."
    ),
    "storage.pg.not_allowed": (
        "The server at {url} does not let role {role} into database {database} from this PC "
        "(no line of its pg_hba.conf allows it)."
    ),
    "storage.pg.too_many": (
        "The server at {url} has no connection to spare (too many are open): close a station "
        "that is not in use, or raise max_connections or the role's connection limit."
    ),
    "storage.pg.server_not_ready": (
        "The server at {url} is starting up or shutting down: try again in a moment."
    ),
    "storage.pg.service_unknown": (
        "There is no service {service} in the service file (~/.pg_service.conf, or the file "
        "PGSERVICEFILE names) for {url}."
    ),
    "storage.pg.bad_url": "The database URL {url} cannot be read: {reason}.",
    "storage.pg.refused": "The server at {url} refused the connection: {reason}.",
    "storage.pg.setup_not_allowed": (
        "Role {role} at {url} may not set up roles: run it as the server's superuser (postgres)."
    ),
    "storage.pg.migrations_need_owner": (
        "The shop at {url} needs its schema updated ({steps}), which role {role} may not do: "
        "open the shop once as its owner (the role that owns the database), then open it here "
        "again."
    ),
    "storage.pg.schema_needs_owner": (
        "The shop at {url} has no tables yet, and role {role} may not make them: open the shop "
        "once as its owner (the role that owns the database), then open it here again."
    ),
}
