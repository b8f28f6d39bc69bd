"""Generate a benchmark corpus from the project's own sample pages: flat text and ALTO.

Sources: examples/seed-page.txt, tests/pages/*.txt and golden/*/input.txt for flat text; the ALTO
files of tests/fixtures/ocr/ (real Tesseract output of rendered pages) and golden/*/input.xml when it
is ALTO. Pages are copied round-robin into issue folders of ten pages, like an archive:

    OUT/text/i0001/p01.txt ... OUT/text/i0100/p10.txt
    OUT/alto/i0001/p01.xml ...

Consecutive pages come from different sources, so nothing cached for one page helps the next.
Run: `python bench/make_corpus.py OUT [--pages 1000] [--alto-pages 1000]`.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES_PER_ISSUE = 10


def text_sources() -> list[Path]:
    """The flat-text sample pages shipped in the repository, in a fixed order."""
    found = [ROOT / "examples" / "seed-page.txt"]
    found += sorted((ROOT / "tests" / "pages").glob("*.txt"))
    found += sorted((ROOT / "golden").glob("*/input.txt"))
    return found


def alto_sources() -> list[Path]:
    """The ALTO sample pages: the OCR fixtures and any golden case whose input is ALTO."""
    found = sorted((ROOT / "tests" / "fixtures" / "ocr").glob("*.alto.xml"))
    for path in sorted((ROOT / "golden").glob("*/input.xml")):
        if b"loc.gov/standards/alto" in path.read_bytes()[:4096]:
            found.append(path)
    return found


def tiled_alto(source: Path, across: int, down: int) -> bytes:
    """An ALTO page `across` x `down` times the size of `source`: its printed area repeated in a grid
    (coordinates shifted, ids suffixed), as a big newspaper page of many articles. The sample pages are
    small (p1.alto.xml: 322 strings); an archive's pages run to 10,000 strings and more."""
    import copy

    from lxml import etree

    tree = etree.parse(str(source))
    page = next(tree.iter("{*}Page"))
    space = next(page.iter("{*}PrintSpace"))
    width, height = float(page.get("WIDTH", "0")), float(page.get("HEIGHT", "0"))
    tiles = list(space)
    for el in tiles:
        space.remove(el)
    for i in range(across):
        for j in range(down):
            for el in tiles:
                tile = copy.deepcopy(el)
                for e in tile.iter("{*}*"):
                    if e.get("HPOS") is not None:
                        e.set("HPOS", str(int(float(e.get("HPOS", "0")) + i * width)))
                    if e.get("VPOS") is not None:
                        e.set("VPOS", str(int(float(e.get("VPOS", "0")) + j * height)))
                    if e.get("ID") is not None:
                        e.set("ID", f"{e.get('ID')}_{i}_{j}")
                space.append(tile)
    for el in (page, space):
        el.set("WIDTH", str(int(width * across)))
        el.set("HEIGHT", str(int(height * down)))
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


def write_pages(sources: list[Path], out: Path, count: int, suffix: str) -> int:
    """Copy `count` pages round-robin from `sources` into issue folders under `out`."""
    if not sources:
        raise SystemExit(f"no sample pages found for {out.name}")
    for i in range(count):
        issue, page = divmod(i, PAGES_PER_ISSUE)
        target = out / f"i{issue + 1:04d}" / f"p{page + 1:02d}{suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sources[i % len(sources)], target)
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="Folder to create (text/ and alto/ inside).")
    parser.add_argument("--pages", type=int, default=1000, help="Flat-text pages (default 1000).")
    parser.add_argument("--alto-pages", type=int, default=1000, help="ALTO pages (default 1000).")
    args = parser.parse_args(argv)
    texts, altos = text_sources(), alto_sources()
    n_text = write_pages(texts, args.out / "text", args.pages, ".txt")
    n_alto = write_pages(altos, args.out / "alto", args.alto_pages, ".xml") if args.alto_pages else 0
    print(f"{n_text} text pages from {len(texts)} samples, {n_alto} ALTO pages from {len(altos)} samples "
          f"in {args.out}")


if __name__ == "__main__":
    main()
