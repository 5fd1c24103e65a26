"""The committed sample files are what tests/sample_files.py writes from the published layouts."""

from __future__ import annotations

import pytest
import sample_files as make

from fulfil_desk.core.kernel.resources import resource_path

SAMPLES = resource_path("samples")


@pytest.mark.parametrize("name", sorted(make.TEXT_SAMPLES))
def test_text_samples_are_the_generated_bytes(name):
    assert (SAMPLES / name).read_bytes() == make.TEXT_SAMPLES[name]()


@pytest.mark.parametrize("name", sorted(make.WORKBOOK_SAMPLES))
def test_workbook_samples_have_the_generated_cells(name):
    committed = make.workbook_cells((SAMPLES / name).read_bytes())
    assert committed == make.workbook_cells(make.WORKBOOK_SAMPLES[name]())
    assert any("수취인 주소" in (row or []) for rows in committed.values() for row in rows)


def test_the_readme_lists_every_sample():
    readme = (SAMPLES.parents[1] / "README.md").read_text(encoding="utf-8")
    missing = [n for n in (*make.TEXT_SAMPLES, *make.WORKBOOK_SAMPLES) if n not in readme]
    assert not missing
