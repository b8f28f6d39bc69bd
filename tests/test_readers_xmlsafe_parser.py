"""parse_xml keeps one parser per process: each parse must still see only its own errors."""

from __future__ import annotations

import pytest
from lxml import etree

from layoutfix.errors import InputError
from layoutfix.readers import xmlsafe

DOCS = [
    b"<alto><a>",  # truncated
    b"<alto><a></b></alto>",  # mismatched tag
    b"<alto>&undeclared;</alto>",
    b'<?xml version="1.0"?>\n<alto x="1" x="2"/>',  # duplicate attribute
    b"<alto><String CONTENT='a'/></alto>",  # fine
    b"\n\n<alto>\x01</alto>",  # a character XML cannot hold
    b"<!DOCTYPE alto [<!ENTITY e 'x'>]><alto>&e;</alto>",
]


def _outcome(data: bytes, parse) -> str:  # type: ignore[no-untyped-def]
    try:
        return etree.tostring(parse(data)).decode()
    except InputError as exc:
        return f"error: {exc}"


def _fresh_parse(data: bytes) -> etree._Element:
    saved = xmlsafe._PARSER
    xmlsafe._PARSER = xmlsafe._parser()
    try:
        return xmlsafe.parse_xml(data, "d.xml")
    finally:
        xmlsafe._PARSER = saved


@pytest.mark.parametrize("order", [DOCS, DOCS[::-1], DOCS[1::2] + DOCS[::2]])
def test_shared_parser_reads_every_document_as_a_fresh_one(order: list[bytes]) -> None:
    for data in order * 2:
        assert _outcome(data, lambda d: xmlsafe.parse_xml(d, "d.xml")) == _outcome(data, _fresh_parse)
