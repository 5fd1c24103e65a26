"""A demo shop: products with barcodes and bins, stock, and orders from three marketplaces."""

from __future__ import annotations

import json
import random
from datetime import timedelta

from fulfil_desk.core.customs.rules import ProductCustoms
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine
from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.core.stock.inventory import Product
from fulfil_desk.core.storage.customs_repo import CustomsRepo


def ean13(body12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


PRODUCTS = [
    # sku, name, bin, weight g, price KRW
    ("DEMO-MUG", "머그컵 350ml 화이트 / 马克杯", "A-01-1", 380, 12000),
    ("DEMO-TEE-M", "코튼 티셔츠 M / 棉T恤 M", "A-02-3", 210, 19000),
    ("DEMO-TEE-L", "코튼 티셔츠 L / 棉T恤 L", "A-02-4", 230, 19000),
    ("DEMO-CABLE", "USB-C 케이블 1m / 数据线", "B-03-2", 60, 7900),
    ("DEMO-NOTE", "A5 노트 / 笔记本", "B-05-1", 180, 5500),
    ("DEMO-SOCKS", "양말 3켤레 / 袜子三双", "C-01-2", 120, 8900),
    ("DEMO-BOTTLE", "텀블러 500ml / 保温杯", "C-04-1", 420, 24000),
    ("DEMO-CASE", "폰 케이스 / 手机壳", "D-02-2", 45, 9900),
]

RECIPIENTS = [
    Address(
        "김민준",
        "010-1234-5678",
        "서울특별시 강남구 테헤란로 152",
        "강남파이낸스센터 12층",
        city="서울",
        postal_code="06236",
        country="KR",
    ),
    Address(
        "이서연",
        "010-2345-6789",
        "부산광역시 해운대구 해운대해변로 264",
        "101동 1203호",
        city="부산",
        postal_code="48099",
        country="KR",
    ),
    Address(
        "박지훈",
        "010-3456-7890",
        "경기도 성남시 분당구 판교역로 235",
        city="성남",
        postal_code="13494",
        country="KR",
    ),
    Address(
        "张伟",
        "+86 138 0013 8000",
        "上海市浦东新区世纪大道100号",
        "环球金融中心 58楼",
        city="上海",
        postal_code="200120",
        country="CN",
    ),
    Address(
        "王芳",
        "+86 139 1234 5678",
        "北京市朝阳区建国门外大街1号",
        city="北京",
        postal_code="100004",
        country="CN",
    ),
    Address(
        "Emily Carter",
        "+1 206 555 0142",
        "410 Terry Ave N",
        city="Seattle",
        state="WA",
        postal_code="98109",
        country="US",
    ),
    Address(
        "Lucas Martin",
        "+44 20 7946 0958",
        "221B Baker Street",
        city="London",
        postal_code="NW1 6XE",
        country="GB",
    ),
    Address(
        "佐藤 花子",
        "+81 3-1234-5678",
        "東京都渋谷区神南1-2-3",
        city="渋谷区",
        postal_code="150-0041",
        country="JP",
    ),
]

MARKETPLACES = [("coupang", "KRW"), ("amazon", "USD"), ("shopify", "USD")]


def demo_products() -> list[Product]:
    return [
        Product(sku, name, bin_, weight, (ean13(f"880{index:09d}"),))
        for index, (sku, name, bin_, weight, _) in enumerate(PRODUCTS, start=1001)
    ]


def save_customs(repo: CustomsRepo) -> None:
    """The demo products' customs facts (resources/demo_customs.json: HS code, origin,
    English description), where the seller has given none: the demo's parcels to China, the
    US, the UK and Japan print their CN22 or CN23 after the label."""
    data = json.loads(resource_path("demo_customs.json").read_text("utf-8"))
    for sku, facts in data["products"].items():
        if repo.product(sku) is None:
            repo.save(ProductCustoms(sku, *facts))


def demo_orders(count: int, now, seed: int = 7) -> list[Order]:
    """`count` orders placed over the last four days, so some are due today and some overdue."""
    rng = random.Random(seed)
    prices = {sku: krw for sku, _, _, _, krw in PRODUCTS}
    names = {sku: name for sku, name, _, _, _ in PRODUCTS}
    orders = []
    for i in range(count):
        marketplace, currency = MARKETPLACES[i % len(MARKETPLACES)]
        hours = 120 if i < 2 else rng.randint(1, 96)  # the first two are overdue, to be seen
        ordered = now - timedelta(hours=hours, minutes=rng.randint(0, 59))
        skus = rng.sample(list(prices), k=rng.choice([1, 1, 1, 2, 2, 3]))
        lines = [
            OrderLine(
                sku=sku,
                title=names[sku],
                quantity=rng.choice([1, 1, 1, 2]),
                unit_price_minor=prices[sku] if currency == "KRW" else prices[sku] // 13,
                currency=currency,
            )
            for sku in skus
        ]
        number = {
            "coupang": f"{31000000000 + i * 7919}",
            "amazon": f"112-{4000000 + i * 37:07d}-{1000000 + i * 53:07d}",
            "shopify": f"#{1001 + i}",
        }[marketplace]
        recipient = rng.choice(RECIPIENTS[:3] if marketplace == "coupang" else RECIPIENTS)
        orders.append(
            Order(
                marketplace=marketplace,
                order_number=number,
                ordered_at=ordered.isoformat(timespec="seconds"),
                ship_to=recipient,
                lines=lines,
            )
        )
    return orders
