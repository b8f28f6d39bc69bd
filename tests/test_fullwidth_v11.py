"""v11 audit fixes: full-width marks between ASCII letters and digits, text that only looks like an
HTML tag, and `FILE:0` as a page number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = "全市召开会议\n\n近日，全市召开会议。\n"


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: ")
    return lines[0]


@pytest.mark.parametrize("command", ["convert", "review"])
@pytest.mark.parametrize("spec", ["0", "00"])
def test_file_colon_zero_is_refused_as_page_zero(
    runner: CliRunner, tmp_path: Path, command: str, spec: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, [command, f"{page}:{spec}"])
    assert result.exit_code == 2, result.stdout
    line = one_error_line(result.stderr)
    assert "start at 1" in line
    assert "biblScope" not in result.stdout


def test_page_zero_option_and_file_colon_zero_exit_alike(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    option = runner.invoke(app, ["convert", str(page), "--page", "0"])
    spec = runner.invoke(app, ["convert", f"{page}:0"])
    assert option.exit_code == spec.exit_code == 2


def test_file_colon_one_is_still_page_one(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["convert", f"{page}:1"])
    assert result.exit_code == 0, result.stderr
    assert 'n="1"' in result.stdout


def _body_txt(runner: CliRunner, body: str) -> str:
    """The `-f txt` output of a page titled 标题一则 with `body` as its one paragraph."""
    result = runner.invoke(app, ["convert", "-", "-f", "txt"], input=f"标题一则\n\n{body}\n".encode())
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    "body",
    [
        "近日，全市召开会议。a<b && c>d",
        "条件a<i || j>b成立时停工。",
        "设a<b = c>d时成立。",
        "当x<p ; y>z时成立。",
    ],
)
def test_text_with_a_tag_name_after_a_less_than_sign_is_kept(runner: CliRunner, body: str) -> None:
    assert body in _body_txt(runner, body)


@pytest.mark.parametrize("body", ["若a<b，则b>a。", "若x<y且y>z，则x<z。", "温度<5℃时停工，>30℃时也停工。"])
def test_comparisons_stay_text(runner: CliRunner, body: str) -> None:
    assert body in _body_txt(runner, body)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ('<span style="color:red">红色</span>字样。', "红色字样。"),
        ("第一行<br/>第二行。", "第一行第二行。"),
        ("<b>加粗</b>文字<br />说明。", "加粗文字说明。"),
        ("<font color=red>红字</font>说明。", "红字说明。"),
        ("<p class='ocr_par' title='bbox 0 0 9 9; x_wconf 90'>段落</p>文字。", "段落文字。"),
    ],
)
def test_tags_the_exports_write_still_go(runner: CliRunner, body: str, kept: str) -> None:
    out = _body_txt(runner, body)
    assert kept in out
    assert "<" not in out


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("增长６．５个百分点。", "增长6.5个百分点。"),
        ("ＰＭ２．５浓度下降。", "PM2.5浓度下降。"),
        ("Ａ－１型号，３－５月。", "A-1型号，3-5月。"),
        ("上午１０：３０举行。", "上午10:30举行。"),
        ("日期２０２３／１０／１２，Ｒ＆Ｄ。", "日期2023/10/12，R&D。"),
        ("上午10：30举行，PM2．5下降。", "上午10:30举行，PM2.5下降。"),
    ],
)
def test_fullwidth_marks_between_ascii_letters_and_digits_become_ascii(
    runner: CliRunner, body: str, expected: str
) -> None:
    assert expected in _body_txt(runner, body)


@pytest.mark.parametrize(
    "body",
    [
        "２０２３年：会议召开。",
        "他说：“好。”",
        "增长５。",
        "第1：A组胜出。",
        "在2023，2024年两年间。",
        "增长6.5％。",
    ],
)
def test_chinese_punctuation_beside_numbers_stays(runner: CliRunner, body: str) -> None:
    expected = body.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    assert expected in _body_txt(runner, body)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("详见ｗｗｗ．ｇｓｒｂ．ｃｏｍ，请查收。", "详见www.gsrb.com，请查收。"),
        ("请发邮件至ｉｎｆｏ＠ｇｓｒｂ．ｃｏｍ报名。", "请发邮件至info@gsrb.com报名。"),
        ("详情请见ｈｔｔｐ：／／ｗｗｗ．ａ．ｃｏｍ／ｘ，欢迎参与。", "详情请见http://www.a.com/x，欢迎参与。"),
    ],
)
def test_fullwidth_links_and_addresses_become_ascii(runner: CliRunner, page: str, expected: str) -> None:
    # A paragraph holding a link or address is a contact line (furniture, not in -f txt): read the
    # normalised text instead.
    result = runner.invoke(app, ["normalize", "-"], input=page.encode())
    assert result.exit_code == 0, result.stderr
    assert result.stdout == expected


def test_a_fullwidth_time_reads_as_the_ascii_time_does(runner: CliRunner) -> None:
    assert _body_txt(runner, "上午１０：３０举行。") == _body_txt(runner, "上午10:30举行。")


def test_a_second_convert_changes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "标题一则\n\n详见ｗｗｗ．ｇｓｒｂ．ｃｏｍ，上午１０：３０举行，ＰＭ２．５下降，Ａ－１型号，"
        "比分3:2，Tel:0931，第1:A组。\n",
        encoding="utf-8",
    )
    first = runner.invoke(app, ["convert", str(page), "-f", "txt"])
    assert first.exit_code == 0, first.stderr
    again = tmp_path / "again.txt"
    again.write_text(first.stdout, encoding="utf-8")
    log = tmp_path / "again.jsonl"
    second = runner.invoke(app, ["convert", str(again), "-f", "txt", "--edits", str(log)])
    assert second.exit_code == 0, second.stderr
    assert second.stdout == first.stdout
    assert log.read_text(encoding="utf-8") == ""


def test_the_marks_are_logged_edits_of_the_fullwidth_rule(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("标题一则\n\n上午10：30举行，PM2．5下降。\n", encoding="utf-8")
    log = tmp_path / "page.jsonl"
    result = runner.invoke(app, ["convert", str(page), "-f", "txt", "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    edits = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    marks = [(e["before"], e["after"], e["rule"], e["cert"]) for e in edits if e["before"] in ("：", "．")]
    rule = "unicode.fullwidth-ascii"
    assert marks == [("：", ":", rule, "high"), ("．", ".", rule, "high")]


@pytest.mark.parametrize("text", ["a：\u200ba", "１０：\u200b３０", "www．\u2060gsrb．com"])
def test_a_mark_behind_a_zero_width_character_is_fixed_in_one_pass(text: str) -> None:
    """The zero-width character between a mark and a letter goes in the same pass as the mark's
    fix, so a second normalisation changes nothing (the property test in test_unicode.py found
    `a：\\u200ba`: the first pass left `a：a`, the second made it `a:a`)."""
    from layoutfix.normalize.unicode import fix_unicode
    from layoutfix.tracked import TrackedText

    once = fix_unicode(TrackedText(text))
    twice = fix_unicode(once)
    assert twice.text == once.text
    assert "\u200b" not in once.text and "\u2060" not in once.text
    assert "：" not in once.text and "．" not in once.text


@pytest.mark.parametrize(("text", "once"), [
    ("a： a", "a:a"), ("E-mail： mzxsb02@163.com", "E-mail:mzxsb02@163.com"),
])
def test_a_mark_the_spacing_sets_between_letters_is_fixed_in_one_normalisation(text: str, once: str) -> None:
    """The spacing step removing the space after a full-width mark set it between ASCII letters; a second
    normalisation then made it ASCII (the spacing property test found `a： a`)."""
    from layoutfix.normalize import normalize_text

    first = normalize_text(text)
    assert first.text == once
    assert normalize_text(first.text).text == first.text
