"""The ALTO reader's number handling (remembered `float()` values, inline fast path) against a plain
definition: every attribute through `boxes.number`, in the order the reader always reported them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.errors import InputError
from layoutfix.model import BBox, Word
from layoutfix.readers import alto
from layoutfix.readers.alto import read_alto
from layoutfix.readers.boxes import mean, number

#: Attribute values: plain and odd numbers, non-finite ones, non-numbers; None leaves the attribute out.
VALUES = ["0", "1", "12", "-3", "0.25", " 7 ", "1e3", "-0", "1_0", "+5", "1e400", "nan", "-inf",
          "x", "", "0x10", "１２", None]
BOX = ("HPOS", "VPOS", "WIDTH", "HEIGHT")

attrs = st.fixed_dictionaries({key: st.sampled_from(VALUES) for key in ("WC", *BOX)})


def _xml_attrs(values: dict[str, str | None]) -> str:
    return " ".join(f'{key}="{value}"' for key, value in values.items() if value is not None)


def _document(line: dict[str, str | None], words: list[tuple[str, dict[str, str | None]]]) -> bytes:
    strings = '<SP/>'.join(f'<String CONTENT="{text}" {_xml_attrs(values)}/>' for text, values in words)
    return (f'<alto><Layout><Page><TextBlock><TextLine {_xml_attrs(line)}>{strings}'
            '</TextLine></TextBlock></Page></Layout></alto>').encode()


def _plain_number(values: dict[str, str | None], key: str, tag: str) -> float | None:
    raw = values[key]
    return None if raw is None else number(raw, f"a.xml: line 1: {tag}@{key}")


def _plain_box(values: dict[str, str | None], tag: str) -> BBox | None:
    x, y, w, h = (_plain_number(values, key, tag) for key in BOX)
    if x is None or y is None or w is None or h is None:
        return None
    return BBox(x, y, x + w, y + h)


def _plain_line(line: dict[str, str | None], words: list[tuple[str, dict[str, str | None]]]
                ) -> tuple[BBox | None, float | None, list[Word]]:
    read = []
    for text, values in words:
        if text:
            conf = _plain_number(values, "WC", "String")
            read.append(Word(text, _plain_box(values, "String"), conf))
    return _plain_box(line, "TextLine"), mean(w.conf for w in read), read


def _outcome(make):  # type: ignore[no-untyped-def]
    try:
        return make()
    except InputError as exc:
        return ("error", str(exc))


def _read(data: bytes):  # type: ignore[no-untyped-def]
    (page,) = read_alto(data, "a.xml")
    if not page.blocks:
        return None, None, []
    (line,) = page.blocks[0].lines
    return line.bbox, line.conf, line.words


@settings(max_examples=600, deadline=None)
@given(line=attrs, words=st.lists(st.tuples(st.sampled_from(["字", "ab", ""]), attrs), max_size=4),
       cold=st.booleans())
def test_numbers_read_as_plain_float_with_the_same_errors(
    line: dict[str, str | None], words: list[tuple[str, dict[str, str | None]]], cold: bool
) -> None:
    if cold:
        alto._FLOATS.clear()
    data = _document(line, words)
    expected = _outcome(lambda: _plain_line(line, words))
    if not any(text for text, _ in words) and not isinstance(expected[0], str):
        expected = (None, None, [])  # a line without text is dropped, and its block with it
    got = _outcome(lambda: _read(data))
    assert repr(got) == repr(expected)  # repr: NaN never reaches here, -0.0 and 0.0 stay apart


def test_remembered_values_are_bounded() -> None:
    alto._FLOATS.clear()
    saved = alto._FLOATS_MAX
    alto._FLOATS_MAX = 2
    try:
        data = _document({}, [("字", {"WC": "0.5", "HPOS": "1", "VPOS": "2", "WIDTH": "3", "HEIGHT": "4"})])
        (_, _, (word,)) = _read(data)
        assert word.bbox == BBox(1, 2, 4, 6) and word.conf == 0.5
        assert len(alto._FLOATS) == 2
    finally:
        alto._FLOATS_MAX = saved
