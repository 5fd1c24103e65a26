"""What the command-sheet tests share: a shop with codes of its own, and the codes its sheet
must carry, written out (not derived from bench_commands) so that one going missing fails."""

from __future__ import annotations

from fulfil_desk.core.kernel.orders import Address, Order, OrderLine, OrderStatus
from fulfil_desk.core.kernel.settings import DEFAULTS

XL = {"code": "xl", "name": "특대 상자 60×40×40 cm 特大", "tare_g": 700}
PACKERS = ("김민준", "王芳")
COMMAND_CODES = [
    "BACK", "TAKEOVER", "OK", "PICK-ALL", "GOODS-IN", "COUNT", "RETURN", "HANDOVER",
    "HOLD:UNKNOWN_SKU", "HOLD:BAD_QUANTITY", "HOLD:BAD_PRICE", "HOLD:INCOMPLETE_ADDRESS",
    "HOLD:OUT_OF_STOCK", "HOLD:MISSING_PCCC", "HOLD:OTHER",
    "CANCEL:OUT_OF_STOCK", "CANCEL:CANNOT_SHIP", "CANCEL:PRICING_ERROR",
    "CANCEL:UNDELIVERABLE_ADDRESS", "CANCEL:BUYER_REQUESTED", "CANCEL:BUYER_WRONG_ITEM",
    "CANCEL:BUYER_ADDRESS_CHANGE",
    "MANUAL", "PRINT", "SAVE", "REPRINT", "REPRINT:LOST", "REPRINT:COURIER_ASKED",
    "REPRINT:OTHER", "RESHIP:LOST", "RESHIP:DAMAGED", "RESHIP:WRONG_ITEM",
    "RESHIP:MISSING_ITEM", "CLEAR", "BLIND", "FINISH", "CANCEL",
    "COND:RESELLABLE", "COND:DAMAGED", "COND:WRONG", "REASON:CHANGED_MIND",
    "REASON:DAMAGED_IN_TRANSIT", "REASON:WRONG_ITEM_SENT", "REASON:MISSING_PARTS",
    "REASON:DEFECTIVE", "REASON:EXCHANGE", "REASON:OTHER", "FORCE",
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
]  # fmt: skip
# The demo shop's boxes and XL, its default courier (CJGLS), Lotte (HYUNDAI) it shipped
# with, and the packers' badges.
SHOP_CODES = [
    "BOX-S", "BOX-M", "BOX-L", "BOX-XL", "COURIER:CJGLS", "COURIER:HYUNDAI",
    "BADGE-0001", "BADGE-0002",
]  # fmt: skip
LOTTE_NUMBER = "255278883005"  # 25527888300 and its value mod 7


def make_shop(desk) -> None:
    """The demo shop with box preset `xl`, packers 김민준 and 王芳, and one order (SHIPPED-1)
    taken through every step and shipped with Lotte (HYUNDAI)."""
    desk.exchange.fill_demo(4)
    desk.settings.set("box_presets", [*DEFAULTS["box_presets"], XL])
    for name in PACKERS:
        desk.packers.save_packer(name)
    address = Address(
        name="김하늘", phone="010-1111-2222", line1="서울특별시 마포구 월드컵북로 396",
        city="서울특별시", postal_code="03925", country="KR",
    )  # fmt: skip
    line = OrderLine("DEMO-MUG", "Mug", 1, 9000, "KRW")
    order = Order(
        marketplace="csv", order_number="SHIPPED-1", ordered_at=desk.clock.now().isoformat(),
        ship_to=address, lines=[line],
    )  # fmt: skip
    desk.exchange.add_orders([order], source="test")
    order_id = desk.orders.find_order("SHIPPED-1").id
    mug = desk.products.product("DEMO-MUG").barcodes[0]
    desk.flow.verify(order_id)
    list_id, _ = desk.flow.start_pick([order_id])
    desk.flow.pick_scan(list_id, mug)
    desk.flow.pack_scan(order_id, mug)
    desk.flow.finish_pack(order_id, box="xl", weight_g=900)
    desk.flow.label_done([order_id], how="test")
    desk.flow.ship(order_id, courier="HYUNDAI", tracking=LOTTE_NUMBER)
    assert desk.orders.order(order_id).status is OrderStatus.SHIPPED
