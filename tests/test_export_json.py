"""The JSON exporter's writer gives exactly the text of `json.dumps(..., indent=2, sort_keys=True)`."""

from __future__ import annotations

import enum
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.export.jsonl import dumps


class _Level(enum.IntEnum):
    LOW = 1


_leaves = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
    | st.text() | st.just(_Level.LOW)
)
_values = st.recursive(
    _leaves,
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30,
)


def _reference(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True)


@settings(max_examples=300, deadline=None)
@given(_values)
def test_dumps_writes_what_json_dumps_writes(obj: object) -> None:
    assert dumps(obj) == _reference(obj)


def test_values_json_converts_go_to_json_dumps() -> None:
    for obj in ({1: "a", 2: ["b"]}, {"a": {None: 1}}, [{"x": 1.5, "y": {True: 2}}]):
        assert dumps(obj) == _reference(obj)
