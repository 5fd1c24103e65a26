"""What the courier tests share."""

from __future__ import annotations

from collections.abc import Iterable

from fulfil_desk.core.kernel.couriers import Courier, CourierRegistry


def s10_registry(countries: Iterable[str] = ("GB", "US", "KR")) -> CourierRegistry:
    """A registry whose one courier takes S10 numbers from any of `countries`."""
    courier = Courier(
        code="POST",
        names={"en": "Post"},
        country="",
        coupang_name="",
        amazon_carrier_code="Other",
        amazon_carrier_name="Post",
        tracking_url="https://example.org/{number}",
        formats=("upu_s10",),
    )
    return CourierRegistry(couriers=[courier], s10_countries=countries)
