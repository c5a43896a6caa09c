"""``output/sealed.py``: a cache file is unmarshalled only when its magic and checksum hold."""

from __future__ import annotations

import marshal

import pytest

from apigen.output import sealed

MAGIC = b"apigen test cache\n"
VALUE = {"a.py": "x = 1\n", "n": [1, 2, 3]}


def test_what_is_sealed_unseals() -> None:
    assert sealed.unseal(sealed.seal(VALUE, MAGIC), MAGIC) == VALUE


@pytest.mark.parametrize(
    "data",
    [
        b"",
        marshal.dumps(VALUE),  # the data, not sealed
        b"[\xff\xff\xff\x7f",  # five bytes claiming a list of two billion items
        MAGIC + b"\x00" * 32 + marshal.dumps(VALUE),  # a checksum of other bytes
        sealed.seal(VALUE, b"another kind\n"),
    ],
    ids=["empty", "unsealed", "huge claim", "wrong checksum", "other magic"],
)
def test_anything_else_is_refused_before_marshal_reads_it(
    data: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(_: bytes) -> object:
        raise AssertionError("marshal read bytes the checksum did not vouch for")

    monkeypatch.setattr(sealed.marshal, "loads", never)
    with pytest.raises(ValueError, match="corrupt"):
        sealed.unseal(data, MAGIC)


def test_a_flipped_byte_anywhere_is_refused() -> None:
    data = sealed.seal(VALUE, MAGIC)
    for at in range(len(data)):
        flipped = data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]
        with pytest.raises(ValueError):
            sealed.unseal(flipped, MAGIC)
