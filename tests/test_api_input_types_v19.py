"""What `convert` takes as a page, and options a service keeps in a cache (v19).

Before, a `bytearray` or `memoryview` (what a socket or an object store's client hands over) raised
Python's bare `TypeError: expected str, bytes or os.PathLike object`, as `None` did, which
`except LayoutfixError` did not catch; and `NormalizeOptions(rule_dirs=[...])` could not be hashed.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from layoutfix import InputError, LayoutfixError, NormalizeOptions, convert

ROOT = Path(__file__).resolve().parents[1]
ALTO = ROOT / "tests" / "fixtures" / "ocr" / "p1.alto.xml"
PAGE = "全省会议召开\n\n近日，全省会议在兰州召开。\n".encode()


@pytest.mark.parametrize("wrap", [bytearray, memoryview], ids=["bytearray", "memoryview"])
@pytest.mark.parametrize("data", [PAGE, ALTO.read_bytes()], ids=["text", "alto"])
def test_a_bytes_like_buffer_is_read_as_its_bytes(wrap: type, data: bytes) -> None:
    expected = convert(data, fmt="json")
    got = convert(wrap(data), fmt="json")
    assert got.output == expected.output
    assert got.edits == expected.edits


@pytest.mark.parametrize("source", [None, 42, 3.5, io.BytesIO(PAGE), ["p1.txt"]],
                         ids=["None", "int", "float", "BytesIO", "list"])
def test_a_source_of_another_type_is_one_input_error_that_is_a_type_error(source: object) -> None:
    with pytest.raises(InputError) as caught:
        convert(source)  # type: ignore[arg-type]
    error = caught.value
    assert isinstance(error, TypeError) and isinstance(error, LayoutfixError)
    assert error.exit_code == 3
    message = str(error)
    assert "\n" not in message
    assert type(source).__name__ in message and "bytes" in message and "path" in message


def test_rule_dirs_given_as_a_list_stay_hashable() -> None:
    rules = ROOT / "rules"  # the shipped rules, given as a folder of one's own
    listed = NormalizeOptions(rule_dirs=[rules, str(rules)], default_rules=False)
    as_tuple = NormalizeOptions(rule_dirs=(rules, str(rules)), default_rules=False)
    assert listed.rule_dirs == (rules, str(rules))
    assert listed == as_tuple
    assert {listed: "cached"}[as_tuple] == "cached"
    typo = "实现政协协商和其层协商有效衔接。".encode()
    assert "基层协商" in convert(typo, fmt="txt", options=listed).output


def test_a_list_of_what_is_no_folder_is_still_refused() -> None:
    with pytest.raises(InputError, match="rule_dirs"):
        NormalizeOptions(rule_dirs=[1, 2])  # type: ignore[list-item]
