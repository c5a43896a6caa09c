"""The spec writer: whatever it is given, PyYAML (the loader every spec goes through) reads
back exactly that data; and its layout is one line per fact."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from apigen.importers.yaml_writer import FLOW_WIDTH, dump

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False)
    | st.text(max_size=40)
    | st.sampled_from(["yes", "No", "on", "null", "~", "1.0", "0x1F", "1e5", "2021-09-14", "- a"])
)
_data = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=500, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["operations", "shapes"]) | st.text(min_size=1, max_size=12),
        _data,
        max_size=5,
    )
)
def test_every_document_loads_back_unchanged(data: dict[str, object]) -> None:
    assert yaml.safe_load(dump(data)) == (data or None)


def test_a_key_ending_in_a_line_break_is_quoted() -> None:
    data = {"a": {"DR\n": "1e5"}, "b\n": None}
    assert yaml.safe_load(dump(data)) == data


def test_small_mappings_take_one_line_and_long_text_a_block() -> None:
    text = dump(
        {
            "member": {"target": "String", "required": True},
            "doc": "first line\n\nsecond paragraph",
            "long": {f"key{i}": "value" for i in range(20)},
        },
        header=["source: x sha256 y"],
    )
    lines = text.splitlines()
    assert lines[0] == "# source: x sha256 y"
    assert "member: {target: String, required: true}" in lines
    assert "doc: |-" in lines
    assert all(len(line) <= FLOW_WIDTH or line.lstrip().startswith('"') for line in lines)
