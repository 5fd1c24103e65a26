"""Amazon's Unshipped Orders report: the order report's reader, plus what makes it special.

It lists every order that still has something to ship, so an order that disappeared from
a newer one was shipped elsewhere or cancelled (see importing.py for what is done then).
"""

from __future__ import annotations

from datetime import tzinfo

from fulfil_desk.core.exchange.formats import amazon
from fulfil_desk.core.exchange.formats.amazon_all_orders import refuse_if_all_orders
from fulfil_desk.core.exchange.formats.common import Table, check_columns
from fulfil_desk.core.exchange.formats.model import FileRead
from fulfil_desk.core.kernel.messages import Term

LABEL = Term("file_format", "amazon_unshipped")
MARKETPLACE = amazon.MARKETPLACE
COMPLETE = True  # the marketplace's whole list of open orders
SIGNATURE = (*amazon.SIGNATURE, "quantity-to-ship", "promise-date")
REQUIRED_COLUMNS = (*amazon.REQUIRED_COLUMNS, "quantity-to-ship")
OPTIONAL_COLUMNS = amazon.OPTIONAL_COLUMNS


def read(table: Table, *, default_tz: tzinfo, default_currency: str) -> FileRead:
    refuse_if_all_orders(table.header, table.file)
    check_columns(table, REQUIRED_COLUMNS, LABEL)
    return amazon.read(table, default_tz=default_tz, default_currency=default_currency)
