"""Before any badge is scanned the station works as its unbadged packer: the log keeps a
code, and every reader sees it in their own words, while a packer's name stays their name."""

from __future__ import annotations

import pytest
from conftest import OPENING_STOCK

from fulfil_desk.core.bench.sentences import record_sentence
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.actors import UNBADGED, who
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.wording.render import Wording


@pytest.fixture
def desk(db_path, clock):
    desk = Desk.open(db_path, clock=clock)  # as the window opens it: no badge yet
    for p in demo_products():
        desk.products.save_product(p)
        desk.stock.receive_stock(p.sku, OPENING_STOCK, note="opening stock")
    yield desk
    desk.close()


@pytest.mark.parametrize(
    ("lang", "shown"),
    [("en", "packer (no badge)"), ("ko", "작업자(배지 없음)"), ("zh_CN", "包装人员（未扫工牌）")],
)
def test_a_shipped_order_names_the_unbadged_packer_in_the_readers_words(
    desk, add, drive, lang, shown
):
    assert desk.actor == UNBADGED
    order_id = add("KS-31", [("DEMO-MUG", 1)])
    drive(order_id, OrderStatus.SHIPPED)
    sentence = Wording(zone=desk.settings.shop_tz, lang=lang)(
        record_sentence(desk, desk.orders.order(order_id))
    )
    assert sentence.count(shown) == 2  # packed by, shipped by
    if lang != "en":
        assert "packer" not in sentence


def test_a_packers_own_name_is_never_translated():
    assert Wording(lang="ko").value(who("Kim")) == "Kim"
    assert Wording(lang="zh_CN").value(who("王芳")) == "王芳"
