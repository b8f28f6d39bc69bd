"""Print the characters OpenCC converts though its dictionary lists them among their own forms.

OpenCC's character dictionaries give each character its candidates in the other script, the first
being the one a conversion writes: `STCharacters` has `台 -> 臺 檯 颱 台` and `里 -> 裏 里 哩`, so
s2t writes 臺 and 裏, but 台 and 里 are characters of traditional text too. `layoutfix.hanscript`
keeps these characters (`OPENCC_ST_OWN`, `TS_OWN` for `TSCharacters`: `於 -> 于 於`) as constants, since the
`opencc` package ships its dictionaries compiled (`.ocd2`) and its Python API gives the first
candidate only. This script reads them with the `opencc_dict` program the package ships beside its
dictionaries and prints the two constants; tests/test_variants_printed_script.py compares them
with the installed package where that program is there.

Run from the repository root:  python tools/opencc_own_forms.py
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import opencc

#: Where the `opencc` wheel keeps its dictionaries and programs.
CLIB = Path(opencc.__file__).resolve().parent / "clib"


def own_forms(dictionary: str) -> str | None:
    """The keys of OpenCC's `dictionary` (`STCharacters`, `TSCharacters`) whose first candidate is
    another character but which are listed among their own candidates, in dictionary order; None
    when the package ships no `opencc_dict` program to read it with."""
    program = CLIB / "bin" / "opencc_dict"
    source = CLIB / "share" / "opencc" / f"{dictionary}.ocd2"
    if not program.is_file() or not source.is_file():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / f"{dictionary}.txt"
        subprocess.run(
            [str(program), "-i", str(source), "-o", str(text), "-f", "ocd2", "-t", "text"],
            check=True, capture_output=True,
        )
        lines = text.read_text(encoding="utf-8").splitlines()
    found = []
    for line in lines:
        key, _, values = line.partition("\t")
        candidates = values.split(" ")
        if candidates[0] != key and key in candidates[1:]:
            found.append(key)
    return "".join(found)


def main() -> None:
    """Print `OPENCC_ST_OWN` and `TS_OWN` as `layoutfix.hanscript` spells them."""
    for name, dictionary in (("OPENCC_ST_OWN", "STCharacters"), ("TS_OWN", "TSCharacters")):
        chars = own_forms(dictionary)
        if chars is None:
            raise SystemExit(f"the installed opencc package ships no opencc_dict program under {CLIB}")
        print(f'{name} = frozenset("{chars}")')


if __name__ == "__main__":
    main()
