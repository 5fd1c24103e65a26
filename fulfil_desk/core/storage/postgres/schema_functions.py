"""The SQLite functions the shop's SQL calls that PostgreSQL lacks, in PostgreSQL.

`julianday(text)` reads the times the app stores — 'YYYY-MM-DD', then 'T' or a space and
'HH:MM', ':SS', '.fraction', and 'Z' or '±HH:MM' (none: UTC) — as SQLite does, to the bit:
whole milliseconds (SQLite rounds the seconds to the nearest one) over 86,400,000. Text of any
other shape is NULL (SQLite also reads a few the app never writes: a bare time, a julian day
number, a negative year, spaces before the offset). A regular expression checks the shape and
the ranges SQLite checks (month 1–12, day 1–31 of any month, hour 0–24, offset up to 14:59),
then plain arithmetic on fixed positions, the date by PostgreSQL's proleptic Gregorian
calendar as SQLite's `computeJD` counts it: one SQL expression that PostgreSQL inlines,
IMMUTABLE for the indexes, independent of the session's TimeZone; no exception handler.
"""

from __future__ import annotations

_UNIX_EPOCH_JD_MS = 210_866_760_000_000  # julian day 2440587.5
_SHAPE = (
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r"([T ]([01]\d|2[0-4]):[0-5]\d(:[0-5]\d(\.\d+)?)?([Zz]|[+-](0\d|1[0-4]):[0-5]\d)?)?$"
)


def _digits(start: int, count: int) -> str:
    return f"substr(value, {start}, {count})::int"


_OFFSET_SIGN = "substr(value, length(value) - 5, 1)"
_SUFFIX = (  # the length of the offset: 'Z', '±HH:MM' or none
    f"(CASE WHEN length(value) <= 16 THEN 0 WHEN {_OFFSET_SIGN} IN ('+', '-') THEN 6"
    " WHEN right(value, 1) IN ('Z', 'z') THEN 1 ELSE 0 END)"
)


def _date_ms() -> str:
    """Milliseconds from the Unix epoch to the date's midnight. A day past its month's end
    runs on into the next, as in SQLite's computeJD; 400 years later (146,097 days in every
    Gregorian cycle) so that year 0 is a year PostgreSQL's dates have."""
    first = f"make_date({_digits(1, 4)} + 400, {_digits(6, 2)}, 1)"
    days = f"({first} - '2370-01-01'::date + {_digits(9, 2)} - 1)"
    return f"({days}::bigint * 86400000)"


def _time_ms() -> str:
    seconds = f"(CASE WHEN substr(value, 17, 1) = ':' THEN {_digits(18, 2)} ELSE 0 END)"
    digits = f"(length(value) - 20 - {_SUFFIX})"
    fraction = (
        f"(CASE WHEN substr(value, 20, 1) = '.' THEN substr(value, 21, {digits})::float8"
        f" / (10::float8 ^ {digits}) ELSE 0 END)"
    )
    rounded = f"trunc(({seconds}::float8 + {fraction}) * 1000::float8 + 0.5::float8)::bigint"
    return (
        f"(CASE WHEN length(value) >= 16 THEN"
        f" {_digits(12, 2)} * 3600000 + {_digits(15, 2)} * 60000 + {rounded} ELSE 0 END)"
    )


def _offset_ms() -> str:
    minutes = (
        "(substr(value, length(value) - 4, 2)::int * 60 + substr(value, length(value) - 1, 2)::int)"
    )
    return (
        f"(CASE WHEN length(value) <= 16 THEN 0 WHEN {_OFFSET_SIGN} = '+' THEN {minutes} * 60000"
        f" WHEN {_OFFSET_SIGN} = '-' THEN -{minutes} * 60000 ELSE 0 END)"
    )


def julianday() -> str:
    ms = f"({_UNIX_EPOCH_JD_MS} + {_date_ms()} + {_time_ms()} - {_offset_ms()})"
    return (
        "CREATE FUNCTION julianday(value text) RETURNS double precision"
        " LANGUAGE sql IMMUTABLE PARALLEL SAFE"
        f" RETURN CASE WHEN value ~ '{_SHAPE}' THEN {ms}::float8 / 86400000::float8 END"
    )


# SQLite's instr and substr: positions as bigint, SQLite's integers, so that
# `substr(s, 1, instr(s, ':') - 1)` (the Coupang order part of a line key) resolves to the
# substr below, which reads a negative length as SQLite does (the characters before the
# start) where PostgreSQL's own substr raises an error.
INSTR = (
    "CREATE FUNCTION instr(haystack text, needle text) RETURNS bigint"
    " LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN strpos(haystack, needle)"
)
SUBSTR = """
CREATE FUNCTION substr(value text, start bigint, count bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    first bigint;  -- from 0
    taken bigint := abs(count);
BEGIN
    IF start < 0 THEN
        first := length(value) + start;
        IF first < 0 THEN
            taken := greatest(taken + first, 0);
            first := 0;
        END IF;
    ELSIF start > 0 THEN
        first := start - 1;
    ELSE
        first := 0;
        IF taken > 0 THEN
            taken := taken - 1;
        END IF;
    END IF;
    IF count < 0 THEN
        first := first - taken;
        IF first < 0 THEN
            taken := taken + first;
            first := 0;
        END IF;
    END IF;
    RETURN pg_catalog.substr(value, (first + 1)::int, taken::int);
END
$$"""

# SQLite's json_array of text values (the only kind the SQL passes), and json_group_array
# of the JSON it makes (each as a JSON value) or of text (each as a JSON string); both as text.
JSON_ARRAY = (
    "CREATE FUNCTION json_array(VARIADIC items text[]) RETURNS json"
    " LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN array_to_json(items)"
)
JSON_GROUP_ARRAY = [
    "CREATE FUNCTION json_group_array_final(items json[]) RETURNS text"
    " LANGUAGE sql IMMUTABLE PARALLEL SAFE"
    " RETURN coalesce(array_to_json(items)::text, '[]')",
    "CREATE AGGREGATE json_group_array(json) (SFUNC = array_append, STYPE = json[],"
    " FINALFUNC = json_group_array_final, INITCOND = '{}')",
    "CREATE AGGREGATE json_group_array(text) (SFUNC = array_append, STYPE = text[],"
    " FINALFUNC = json_group_array_text_final, INITCOND = '{}')",
]
JSON_GROUP_ARRAY_TEXT_FINAL = (
    "CREATE FUNCTION json_group_array_text_final(items text[]) RETURNS text"
    " LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN array_to_json(items)::text"
)


def statements() -> list[str]:
    return [
        julianday(),
        INSTR,
        SUBSTR,
        JSON_ARRAY,
        JSON_GROUP_ARRAY_TEXT_FINAL,
        *JSON_GROUP_ARRAY,
    ]
