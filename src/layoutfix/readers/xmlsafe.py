"""One hardened XML parser for every coordinate reader (hOCR, ALTO, PAGE-XML).

OCR XML comes from archives and strangers, so it is parsed with entity substitution off, no DTD
loading or validation, no network access and libxml2's huge-tree mode off (its size and depth limits
stay on). A document that declares entities in its DOCTYPE is refused outright, as defusedxml does:
no OCR format needs them, and refusing is clearer than leaving unexpanded references in the text.
Malformed or truncated input raises `InputError` naming the file and the line.
"""

from __future__ import annotations

import re

from lxml import etree

from ..errors import InputError


def _parser() -> etree.XMLParser:
    """The hardened parser settings of the module docstring."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=False,
        remove_comments=True,
        remove_pis=True,
    )


#: One parser per process: making one (and its libxml2 context on first use) cost ~10-25 us per file.
#: lxml serialises concurrent parses with one parser by a lock and clears its error log before each.
_PARSER = _parser()


def _without_position(exc: etree.XMLSyntaxError) -> str:
    """libxml2's message without the `, line 11, column 35` it ends with, which the error's own
    `line 11:` already states; the column is kept, in brackets (`… (column 35)`)."""
    msg = str(exc.msg)
    m = _POSITION.search(msg)
    return msg if m is None else f"{msg[: m.start()]} (column {m.group(2)})"


#: The position libxml2 appends to its messages.
_POSITION = re.compile(r", line (\d+), column (\d+)$")


def parse_xml(data: bytes, name: str = "-") -> etree._Element:
    """Parse `data` and return the root element, or raise `InputError` naming `name` and the line."""
    if not data or data.isspace():  # `not data.strip()` without copying the file
        raise InputError(f"{name}: empty file, expected XML")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else "?"
        raise InputError(f"{name}: line {line}: malformed XML: {_without_position(exc)}") from None
    dtd = root.getroottree().docinfo.internalDTD
    # lxml-stubs 0.5 leave out DTD.iterentities and _Entity.name (both in lxml since 2.x/1.x)
    if dtd is not None and any(True for _ in dtd.iterentities()):  # type: ignore[union-attr]
        raise InputError(f"{name}: the XML declares entities in its DOCTYPE; refused for safety (XXE)")
    for el in root.iter(etree.Entity):
        raise InputError(  # (el is an _Entity: iter(etree.Entity) yields only those)
            f"{name}: line {el.sourceline}: undeclared or external entity &{el.name}; refused"  # type: ignore[union-attr]
        )
    return root


#: XML's whitespace (S in the XML spec): what markup layout adds; U+3000, NBSP and the like are text.
XML_SPACE = " \t\n\r"


def local(tag: object) -> str:
    """The local part of an element's tag (`{ns}TextLine` -> `TextLine`); '' for comments/PIs."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]
