"""Saving a copy of a pack file outside the library: whole or not at all, typed errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from c4s_desktop.core.errors import InputError, NotFoundError
from c4s_desktop.core.messages import render
from c4s_desktop.core.packs.export import save_copy


def test_a_copy_replaces_the_target_whole(tmp_path: Path) -> None:
    source = tmp_path / "blob"
    source.write_bytes(b"%PDF-1.7 " + bytes(range(256)) * 100)
    target = tmp_path / "out" / "sheet.pdf"
    target.parent.mkdir()
    target.write_bytes(b"an older copy")
    save_copy(source, target)
    assert target.read_bytes() == source.read_bytes()
    assert sorted(p.name for p in target.parent.iterdir()) == ["sheet.pdf"]


def test_a_missing_source_or_an_impossible_target_says_which(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError) as missing:
        save_copy(tmp_path / "gone", tmp_path / "copy.pdf")
    assert missing.value.code == "export.source_missing"
    assert not (tmp_path / "copy.pdf").exists()

    source = tmp_path / "blob"
    source.write_bytes(b"data")
    (tmp_path / "file").write_text("not a folder", "utf-8")
    with pytest.raises(InputError) as refused:
        save_copy(source, tmp_path / "file" / "copy.pdf")
    error = refused.value
    assert error.code == "export.unwritable" and error.params["detail"]
    assert render(error.code, error.params) == (
        f"The copy cannot be saved as {tmp_path / 'file' / 'copy.pdf'}. Choose another place, "
        "then try again.")
    assert error.technical == error.params["detail"]
