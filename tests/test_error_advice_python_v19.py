"""An error's advice names what a Python caller does too, not only the command line's option.

`convert(...)` from Python said `raise it with --max-bytes`, `name the encoding with --encoding`,
`--from txt reads it as flat text`: options a library caller has no way to give. Now each such line
also names the call (`layoutfix.limits(max_bytes=N)`, `convert(encoding=...)`,
`convert(input_format="txt")`), still on one line; following it converts the page.
"""

from __future__ import annotations

import pytest

import layoutfix
from layoutfix import InputError, convert

PAGE = ("政协委员今天在北京召开会议，讨论了经济问题。\n\n" * 40).encode("utf-8")


def _alto(blocks: int) -> bytes:
    """An ALTO page of `blocks` text blocks, one line each."""
    body = "".join(
        f'<TextBlock ID="b{i}" HPOS="100" VPOS="{i * 50}" WIDTH="400" HEIGHT="40">'
        f'<TextLine HPOS="100" VPOS="{i * 50}" WIDTH="400" HEIGHT="40">'
        f'<String CONTENT="政协调研第{i}段。" HPOS="100" VPOS="{i * 50}" WIDTH="400" HEIGHT="40"/>'
        f"</TextLine></TextBlock>" for i in range(blocks))
    return (f'<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page WIDTH="1000" '
            f'HEIGHT="3000"><PrintSpace>{body}</PrintSpace></Page></Layout></alto>').encode()


def _refusal(source: bytes, **kwargs: str) -> str:
    with pytest.raises(InputError) as caught:
        convert(source, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_over_max_bytes_names_layoutfix_limits() -> None:
    with layoutfix.limits(max_bytes=2000):
        message = _refusal(PAGE)
        assert "over the limit of 2,000 bytes; raise it with --max-bytes" in message
        assert "layoutfix.limits(max_bytes=N)" in message
        with layoutfix.limits(max_bytes=len(PAGE)):  # as the message says
            assert convert(PAGE, fmt="txt").output


def test_over_max_blocks_names_layoutfix_limits() -> None:
    page = _alto(5)
    with layoutfix.limits(max_blocks=3):
        message = _refusal(page)
        assert "over the limit of 3; raise it with --max-blocks" in message
        assert "layoutfix.limits(max_blocks=N)" in message
        with layoutfix.limits(max_blocks=5):
            assert convert(page, fmt="txt").output


def test_an_undecodable_page_names_the_encoding_keyword() -> None:
    data = b"page 1 \xff\xfe\xff"  # UTF-8, GB18030 and Big5 all fail at its first byte over 0x7F
    message = _refusal(data)
    assert "name the encoding with --encoding" in message and "convert(encoding=...)" in message
    assert convert(data, fmt="txt", encoding="latin-1").output


def test_xml_of_no_page_format_names_the_input_format_keyword() -> None:
    data = b'<?xml version="1.0"?><rss><channel><title>news</title></channel></rss>'
    message = _refusal(data)
    assert 'convert(input_format="txt")' in message and "--from txt" in message
    assert "news" in convert(data, fmt="txt", input_format="txt").output


def test_an_encoding_the_xml_contradicts_names_the_keyword() -> None:
    data = _alto(2).replace(b"<alto", b'<?xml version="1.0" encoding="utf-8"?><alto', 1)
    message = _refusal(data, encoding="gb18030")
    assert "--encoding gb18030 (in Python encoding='gb18030') given" in message
    assert "declares encoding 'utf-8'" in message
    assert convert(data, fmt="txt").output


def test_the_encoding_refusal_says_which_to_drop() -> None:
    """`drop it (or correct the declaration)` read as dropping the declaration: the advice names the
    option (and the keyword) to drop, or the declaration to correct."""
    data = _alto(2).replace(b"<alto", b'<?xml version="1.0" encoding="utf-8"?><alto', 1)
    message = _refusal(data, encoding="gb18030")
    assert message.endswith(
        "XML is read in the encoding it declares: drop --encoding (encoding= in Python) or correct the "
        "declaration"
    )
