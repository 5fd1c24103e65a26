"""Orders, their lines, statuses and reason codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from fulfil_desk.core.kernel.message_codec import stored_note
from fulfil_desk.core.kernel.messages import Message


class OrderStatus(StrEnum):
    NEW = "new"  # received, waiting for verify
    ON_HOLD = "on_hold"  # verify found a problem; hold_reason says which
    VERIFIED = "verified"  # ready to pick
    PICKING = "picking"  # on a pick list, some units picked
    PICKED = "picked"  # every unit picked, ready to pack
    PACKING = "packing"  # some units scanned into the box
    PACKED = "packed"  # box closed, ready for its label
    LABELLED = "labelled"  # label printed or saved, waiting for tracking
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


OPEN_STATUSES = (
    OrderStatus.NEW,
    OrderStatus.ON_HOLD,
    OrderStatus.VERIFIED,
    OrderStatus.PICKING,
    OrderStatus.PICKED,
    OrderStatus.PACKING,
    OrderStatus.PACKED,
    OrderStatus.LABELLED,
)


class HoldReason(StrEnum):
    UNKNOWN_SKU = "unknown_sku"
    BAD_QUANTITY = "bad_quantity"
    BAD_PRICE = "bad_price"
    INCOMPLETE_ADDRESS = "incomplete_address"
    OUT_OF_STOCK = "out_of_stock"
    MISSING_PCCC = "missing_pccc"  # into Korea from abroad without the buyer's customs code
    OTHER = "other"


class CancelledBy(StrEnum):
    SELLER = "seller"
    BUYER = "buyer"


class CancelReason(StrEnum):
    """Who cancels matters: marketplaces count seller cancellations against the shop."""

    OUT_OF_STOCK = "out_of_stock"  # seller
    CANNOT_SHIP = "cannot_ship"  # seller
    PRICING_ERROR = "pricing_error"  # seller
    UNDELIVERABLE_ADDRESS = "undeliverable_address"  # seller
    BUYER_REQUESTED = "buyer_requested"  # buyer
    BUYER_WRONG_ITEM = "buyer_wrong_item"  # buyer
    BUYER_ADDRESS_CHANGE = "buyer_address_change"  # buyer

    @property
    def cancelled_by(self) -> CancelledBy:
        return CancelledBy.BUYER if self.value.startswith("buyer_") else CancelledBy.SELLER


@dataclass
class OrderLine:
    sku: str
    title: str
    quantity: int
    unit_price_minor: int | None = None  # integer minor units of `currency`
    currency: str = ""
    line_key: str = ""  # the marketplace's line id (Amazon order-item-id); sku when absent
    picked: int = 0
    packed: int = 0
    id: int | None = None
    source: dict = field(default_factory=dict)  # the marketplace row's own cells (Coupang)


@dataclass
class Address:
    name: str = ""
    phone: str = ""
    line1: str = ""
    line2: str = ""
    line3: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    country: str = ""  # ISO 3166-1 alpha-2

    def missing_fields(self) -> list[str]:
        """The required fields left blank, as `address_field` codes (name, address,
        postal_code, country, phone)."""
        required = {
            "name": self.name,
            "address": self.line1,
            "postal_code": self.postal_code,
            "country": self.country,
            "phone": self.phone,
        }
        return [code for code, value in required.items() if not value.strip()]

    def lines(self) -> list[str]:
        """The address as printed on a label, top to bottom, blanks dropped."""
        city_line = " ".join(p for p in (self.city, self.state, self.postal_code) if p)
        rows = [self.line1, self.line2, self.line3, city_line, self.country]
        return [r for r in rows if r.strip()]


@dataclass
class Order:
    marketplace: str
    order_number: str
    ordered_at: str  # ISO 8601 with offset
    ship_to: Address
    lines: list[OrderLine] = field(default_factory=list)
    ship_by: str | None = None  # ISO 8601 with offset; the deadline scores use
    ship_by_computed: str | None = None  # from lead time and the shop's calendar
    ship_by_source: str = "computed"  # "marketplace" when the file gave ship_by
    status: OrderStatus = OrderStatus.NEW
    hold_reason: str | None = None
    hold_note: str = ""
    cancel_reason: str | None = None
    cancelled_by: str | None = None
    cancelled_at: str | None = None
    box: str | None = None
    weight_g: int | None = None
    pick_list_id: int | None = None
    pccc: str = ""  # the recipient's Korean customs code (P + 12 digits): personal data
    courier_code: str | None = None
    tracking_number: str | None = None
    waybill_number: str | None = None  # given from the courier's number band at the label step
    label_printed_at: str | None = None
    shipped_at: str | None = None
    id: int | None = None  # None until saved: an order read from a file

    @property
    def hold_note_said(self) -> Message | str:
        """The hold note as a reader gets it: the message the bench stored (to be worded in
        the reader's language), or the text a person typed, or an English note stored before
        notes were messages, as it is."""
        return stored_note(self.hold_note)

    @property
    def saved_id(self) -> int:
        """The id of an order read from the database (one read from a file has none yet)."""
        if self.id is None:
            raise ValueError(f"order {self.order_number} is not saved yet")
        return self.id

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def units_picked(self) -> int:
        return sum(line.picked for line in self.lines)

    @property
    def units_packed(self) -> int:
        return sum(line.packed for line in self.lines)


@dataclass(frozen=True)
class RowProblem:
    """One refused row of an import file: where, and what was wrong."""

    file: str
    row: int  # 1-based line number in the file, header = 1
    column: str | Message  # the file's own column name, or a field past the header's
    reason: Message

    def sentence(self) -> Message:
        return Message(
            "exchange.row_problem",
            file=self.file,
            row=self.row,
            column=self.column,
            reason=self.reason,
        )


@dataclass(frozen=True)
class PickRow:
    """One row of a pick list: a SKU at its bin, summed over the chosen orders."""

    bin_location: str
    sku: str
    title: str
    barcode: str
    quantity: int
    picked: int
    order_numbers: tuple[str, ...]


@dataclass(frozen=True)
class ShopInfo:
    """The ship-from block and the shop's defaults."""

    name: str
    address: Address
    country: str = "KR"
    timezone: str = "Asia/Seoul"  # the shop's day, on labels and slips
