"""The parsers test_format_fuzz.py does not reach, and whole imports through the Desk.

The product list, column mappings written by hand (JSON), and every sample file cut short
(a half-downloaded file) or in the wrong encoding, imported for real: never a crash, always
a sentence, and a refused file leaves the database exactly as it was."""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from pathlib import Path

import pytest
from conftest import BUSINESS_DAY, OPENING_STOCK, dump_db
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from wording import said

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.exchange.formats import ColumnMapping
from fulfil_desk.core.exchange.formats.products_csv import read_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.errors import BadFile, UserError
from fulfil_desk.core.kernel.resources import resource_path

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
SAMPLES = sorted(p for p in resource_path("samples").iterdir() if p.suffix != ".json")
CELL = st.text(max_size=12) | st.sampled_from(
    ["DEMO-MUG", "8800000010014", "A-01-1", "380", "-1", "70001", "x", "", "=1+1", "a|b c"]
)
PRODUCT_COLUMNS = ["sku", "name", "barcodes", "bin_location", "weight_g", "SKU", "extra"]


@FUZZ
@given(
    columns=st.lists(st.sampled_from(PRODUCT_COLUMNS), min_size=1, max_size=6),
    rows=st.lists(st.lists(CELL, max_size=7), max_size=6),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp949", "utf-16"]),
)
def test_the_product_list_reader_gives_products_or_reasons(columns, rows, encoding):
    out = io.StringIO()
    csv.writer(out).writerows([columns, *rows])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "products.csv"
        path.write_bytes(out.getvalue().encode(encoding, errors="replace"))
        try:
            products, problems = read_products(path)
        except BadFile as err:
            assert said(err).strip()
            return
    for problem in problems:
        assert problem.row >= 1 and problem.column and said(problem.reason).strip()
    for product in products:
        assert product.sku.strip() and product.name.strip()
        assert 0 <= product.weight_g <= 70_000
    assert len({p.sku for p in products}) == len(products)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10)
    | st.sampled_from(["order_number", "sku", "quantity", "주문번호", "csv", "KR"]),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(
        st.sampled_from(["columns", "marketplace", "country", "order_number", "sku", "x"])
        | st.text(max_size=8),
        inner,
        max_size=5,
    ),
    max_leaves=12,
)  # fmt: skip


@FUZZ
@given(name=st.text(max_size=70), data=JSON)
def test_a_hand_written_mapping_is_a_mapping_or_a_sentence(name, data):
    try:
        mapping = ColumnMapping.from_json(name, data)
    except UserError as err:
        assert said(err).strip()
        return
    assert mapping.name == name and mapping.columns


@pytest.fixture(scope="module")
def shop_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("import-fuzz") / "shop.db"
    desk = Desk.open(path, clock=FixedClock(BUSINESS_DAY), station="fuzz")
    for product in demo_products():
        desk.products.save_product(product)
        desk.stock.receive_stock(product.sku, OPENING_STOCK)
    desk.exchange.import_orders(resource_path("samples/orders.csv"))  # some orders the files update
    desk.close()
    return path


def _import(template: Path, data: bytes, suffix: str, **kwargs) -> None:
    """Imports `data` into a copy of the shop: either whole, or refused and nothing moved."""
    with tempfile.TemporaryDirectory() as folder:
        db, path = Path(folder) / "shop.db", Path(folder) / f"orders{suffix}"
        shutil.copyfile(template, db)
        path.write_bytes(data)
        desk = Desk.open(db, clock=FixedClock(BUSINESS_DAY), station="fuzz")
        try:
            before = dump_db(db)
            try:
                report, _ = desk.exchange.import_orders(path, **kwargs)
            except UserError as err:
                text = said(err, desk).strip()
                assert text and "\n" not in text  # one sentence
                if isinstance(err, BadFile) and err.problems:  # names the file, row and column
                    first = err.problems[0]
                    assert f"{path.name}, row {first.row}, column " in text, text
                assert dump_db(db) == before, text
                event(f"refused: {type(err).__name__}")
                return
            had = {(r[1], r[2]) for r in before["orders"]}  # (marketplace, order_number)
            now = {(o.marketplace, o.order_number) for o in desk.orders.orders()}
            assert {f"{m} {n}" for m, n in now - had} == set(report.new)  # what it says it did
            event("imported" + (" (some rows skipped)" if report.skipped else ""))
            for order in desk.orders.orders():
                assert order.lines, order.order_number  # never half an order
        finally:
            desk.close()


@FUZZ
@given(
    sample=st.sampled_from(SAMPLES),
    cut=st.floats(0, 1),
    skip_bad=st.booleans(),
    named=st.booleans(),
)
def test_a_sample_cut_short_imports_whole_or_not_at_all(
    shop_template, sample, cut, skip_bad, named
):
    data = sample.read_bytes()
    data = data[: int(len(data) * cut)]
    kwargs = {"skip_bad": skip_bad}
    if named and "coupang" in sample.name:
        kwargs["format"] = "coupang"
    _import(shop_template, data, sample.suffix, **kwargs)


@FUZZ
@given(
    sample=st.sampled_from([p for p in SAMPLES if p.suffix != ".xlsx"]),
    wrong=st.sampled_from(["cp949", "shift_jis", "gb18030", "latin-1", "utf-16", "utf-8"]),
    told=st.sampled_from([None, "cp949", "utf-8", "shift_jis"]),
    junk=st.binary(max_size=40),
    at=st.floats(0, 1),
)
def test_a_sample_in_the_wrong_encoding_or_with_junk_inside(
    shop_template, sample, wrong, told, junk, at
):
    raw = sample.read_bytes()
    for source in ("utf-8-sig", "cp949", "gb18030", "shift_jis"):
        try:
            text = raw.decode(source)
            break
        except UnicodeDecodeError:
            continue
    data = text.encode(wrong, errors="replace")
    middle = int(len(data) * at)
    data = data[:middle] + junk + data[middle:]
    _import(shop_template, data, sample.suffix, encoding=told, skip_bad=True)
