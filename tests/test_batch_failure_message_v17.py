"""A failed page of `batch` is told in the words `convert` uses for that file.

`batch` named the exception class before the message (`FAILED in/bad.txt: InputError: in/bad.txt:
cannot decode ...`), where `convert in/bad.txt` says `layoutfix: error: in/bad.txt: cannot decode ...`:
the class means nothing to an archivist, and the file was named twice. Now the FAILED line, as the
page fails and in the summary, is `FAILED ` and the line `convert` gives. The JSON report keeps the
class in each failure's `error`, as before, and gives the line `convert` gives as `message`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

CORPUS = Path(__file__).resolve().parent / "bad_inputs" / "files"

#: Bad pages as an archive delivers them (name: bytes); the limit below makes `big.txt` too big.
BAD_PAGES = {
    "badenc.txt": "中文内容很长的一段文字".encode() * 3 + b"\xff\xfe\xfa" + "中文".encode(),
    "binary.txt": b"\x00\x01\x02abc\x00",
    "broken.xml": ('<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout>'
                   '<Page><PrintSpace><TextBlock><TextLine><String CONTENT="中"/>').encode(),
    "truncated.json": b'{"rec_texts": ["\xe4\xb8\xad"',
    "big.txt": "中文。\n".encode() * 20000,
}
LIMIT = ["--max-bytes", "50000"]


def _convert_error(runner: CliRunner, path: str, *args: str) -> str:
    """What `convert` says of one file: its one error line after `layoutfix: error: `."""
    result = runner.invoke(app, ["convert", path, "-o", "out.xml", *args])
    assert result.exit_code == 3, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("layoutfix: error: ")
    return line.removeprefix("layoutfix: error: ")


@pytest.fixture
def pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bad pages and one good page in `in/` of the working folder."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in BAD_PAGES.items():
        (folder / name).write_bytes(data)
    (folder / "good.txt").write_text("全市召开会议\n\n近日，全市召开会议。\n", encoding="utf-8")
    return folder


def _failed_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("layoutfix: batch: FAILED ")]


def test_each_failed_page_is_told_as_convert_tells_it(runner: CliRunner, pages: Path) -> None:
    result = runner.invoke(app, ["batch", "in", "out", "-j", "1", *LIMIT])
    assert result.exit_code == 1, result.output
    expected = sorted(f"layoutfix: batch: FAILED {_convert_error(runner, f'in/{name}', *LIMIT)}"
                      for name in BAD_PAGES)
    lines = _failed_lines(result.stderr)
    # once as each page fails, once more in the summary
    assert sorted(lines) == sorted(expected * 2)
    assert not any("Error:" in line for line in lines)


def test_the_report_keeps_the_class_and_gives_convert_s_line(runner: CliRunner, pages: Path) -> None:
    result = runner.invoke(app, ["batch", "in", "out", "-j", "1", "--report", "r.json", *LIMIT])
    assert result.exit_code == 1, result.output
    failures = json.loads(Path("r.json").read_text(encoding="utf-8"))["failures"]
    assert [f["source"] for f in failures] == sorted(f"in/{name}" for name in BAD_PAGES)
    for failure in failures:
        message = _convert_error(runner, failure["source"], *LIMIT)
        assert failure["message"] == message
        assert failure["error"] == f"InputError: {message}"


def test_every_corpus_file_batch_fails_fails_in_convert_s_words(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(CORPUS, tmp_path / "in")
    runner.invoke(app, ["batch", "in", "out", "-j", "1", "--report", "r.json"])
    failures = json.loads(Path("r.json").read_text(encoding="utf-8"))["failures"]
    assert len(failures) >= 10
    # without a report, every failed page is named as it fails (with one, only the first 20)
    live = _failed_lines(runner.invoke(app, ["batch", "in", "out2", "-j", "1"]).stderr)
    for failure in failures:
        message = _convert_error(runner, failure["source"])
        assert failure["message"] == message
        assert f"layoutfix: batch: FAILED {message}" in live
