"""The command-sheet use cases of the Desk: the shop's own bench codes, as a printable sheet.

A mixin only so that desk.py stays readable; `Desk` is still the one façade.

`command_sheet_entries(couriers)` gathers what `bench_commands.sheet_entries` needs from the
shop: its box presets, its couriers (the `default_courier` setting, every courier on a past
shipment, most used first, then `couriers` asked for) and its packers' badges.
`command_sheet_pdf(couriers)` draws them (core/documents/command_sheet.py) with the shop's name and
today's date in the shop's time zone. Nothing is written: a sheet changes no state.
"""

from __future__ import annotations

from collections.abc import Iterable

from fulfil_desk.core.bench.commands import SheetEntry, sheet_entries
from fulfil_desk.core.kernel.errors import NotFound


class CommandSheetUseCases:
    def sheet_couriers(self, couriers: Iterable[str] = ()) -> list[str]:
        """The courier codes the sheet carries, each once. Raises NotFound (with the codes
        that are close) for a code in `couriers` that is no courier."""
        asked = [self.couriers.get(code).code for code in couriers]
        codes = [self.setting("default_courier"), *self._orders.couriers_shipped_with(), *asked]
        known = []
        for code in codes:
            try:
                known.append(self.couriers.get(code).code)
            except NotFound:  # a shipment recorded under a code no longer listed
                continue
        return list(dict.fromkeys(known))

    def command_sheet_entries(self, couriers: Iterable[str] = ()) -> list[SheetEntry]:
        return sheet_entries(
            boxes=[(b.code, b.name) for b in self.box_presets()],
            couriers=[(c, self.couriers.get(c).name("en")) for c in self.sheet_couriers(couriers)],
            badges=[(p["badge"], p["name"]) for p in self.packers()],
        )

    def command_sheet_pdf(self, couriers: Iterable[str] = ()) -> bytes:
        """The A4 sheet of every code the bench takes, with this shop's boxes, couriers and
        badges. Raises FontMissing when a name needs a font that is not installed."""
        from fulfil_desk.core.documents.command_sheet import sheet_pdf

        entries = self.command_sheet_entries(couriers)
        return sheet_pdf(
            entries,
            shop_name=self.setting("shop_name"),
            date=self.today().isoformat(),
            fonts=self._label_fonts(),
        )
