"""The shop's products (`desk.products`): SKUs, names, bins, weights and barcodes, and what a
scanned code names."""

from __future__ import annotations

from pathlib import Path

from fulfil_desk.core.exchange import importing
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotFound, UnknownCode, UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.stock.inventory import Product
from fulfil_desk.core.storage.customs_repo import CustomsRepo
from fulfil_desk.core.storage.products import ProductRepo


class ProductService:
    def __init__(self, *, ctx: DeskContext):
        self._ctx = ctx
        self._products = ProductRepo(ctx.db)
        self._customs = CustomsRepo(ctx.db)  # the product list's customs columns

    def save_product(self, product: Product) -> Changes:
        if not product.sku.strip() or not product.name.strip():
            raise UserError(Message("stock.product_needs_sku_and_name"))
        with self._ctx.transaction():
            for code in product.barcodes:
                owner = self._products.barcode_owner(code)
                if owner not in (None, product.sku):
                    raise UserError(Message("stock.barcode_taken", code=code, sku=owner))
            self._products.upsert(product)
            self._ctx.event("product_saved", None, sku=product.sku)
        return Changes(products=True, stock=True)

    def product(self, sku: str) -> Product:
        found = self._products.get(sku)
        if found is None:
            raise NotFound(Message("stock.unknown_product", sku=sku))
        return found

    def products(self) -> list[Product]:
        return self._products.all()

    def many(self, skus: list[str]) -> dict[str, Product]:
        """The products of `skus` that exist, by SKU."""
        return self._products.many(skus)

    def sku_of_code(self, code: str) -> str | None:
        """The SKU a scanned barcode (or the SKU itself) names, else None."""
        return self._products.sku_for_code(code)

    def sku_of_code_any_case(self, code: str) -> str | None:
        """The SKU a code names when the case of its letters is unknown (a scan read back
        from an input method, core/bench/keyboard_layouts.py): as written, else the one
        product whose barcode or SKU it is in another case; None when none is, or several."""
        if (sku := self._products.sku_for_code(code)) is not None:
            return sku
        found = self._products.skus_for_code_any_case(code)
        return found[0] if len(found) == 1 else None

    def bin_of(self, code: str) -> str | None:
        """The bin `code` names (case aside), as the products spell it."""
        return self._products.bin_of(code) if code else None

    def sku_of_scan(self, code: str) -> str:
        code = code.strip()
        sku = self._products.sku_for_code(code) if code else None
        if sku is None:
            shown = code if len(code) <= 40 else code[:40] + "…"
            raise UnknownCode(Message("stock.unknown_barcode", code=shown))
        return sku

    def find_product(self, code: str) -> Product:
        """The product a scanned barcode (or typed SKU) names, else WrongScan."""
        return self.product(self.sku_of_scan(code))

    def import_products(self, path: Path) -> Changes:
        """A product list, with its customs columns; any bad row refuses the whole file and
        nothing changes."""
        from fulfil_desk.core.exchange.formats.products_csv import read_products_with_customs

        countries = self._ctx.couriers.countries
        products, customs, problems = read_products_with_customs(Path(path), countries=countries)
        importing.refuse_if_bad(Path(path).name, problems, skip_bad=False)
        with self._ctx.transaction():
            for product in products:
                self.save_product(product)
            for facts in customs:
                self._customs.save(facts)
        return Changes(
            products=True, stock=True, message=Message("stock.products_saved", n=len(products))
        )
