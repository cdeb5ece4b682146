"""Reading every input format, every encoding, and every kind of bad input."""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest

from kg.ingest import REPLACED_MAX, REPLACED_MIN, REPLACED_PER_KB, Failure, Notice, Source, discover, read_articles
from kg.model import Article
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_c7b28c63f9a93491.txt"
SEED_TITLE = "海关总署召开“不忘初心、牢记使命”主题教育动员会"
CASE_PARAGRAPH = "会上，海关总署表彰了侦破“1.17”特大象牙走私案、“7.5”象牙走私案的有功集体和个人"


def one(path: Path) -> Article | Failure:
    items = list(read_articles(path))
    assert len(items) == 1, items
    return items[0]


def article(path: Path) -> Article:
    item = one(path)
    assert isinstance(item, Article), item
    return item


def failure(path: Path) -> str:
    item = one(path)
    assert isinstance(item, Failure), item
    assert item.source == str(path)
    return item.reason


# -- the crawler format --------------------------------------------------------------------------


def test_crawler_file_is_cleaned_into_title_and_paragraphs():
    art = article(SEED)
    assert art.id == SEED.stem and art.source == str(SEED)
    assert art.title == SEED_TITLE
    lines = art.text.split("\n")
    assert lines[0] == SEED_TITLE
    assert any(line.startswith(CASE_PARAGRAPH) for line in lines)
    for junk in ("<", ">", "&nbsp;", "\u3000", "\xa0", "span", "font-size"):
        assert junk not in art.text
    assert all(line == line.strip() and line for line in lines)


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("180海关总署召开动员会.txt", "海关总署召开动员会"),
        ("7海关总署召开动员会.HTML", "海关总署召开动员会"),
        ("2019年全国海关工作会议召开.txt", "2019年全国海关工作会议召开"),
        ("12月5日海关总署召开会议.txt", "12月5日海关总署召开会议"),
        ("180海关总署召开动员会", "180海关总署召开动员会"),
        ("<div>海关总署&nbsp;召开会议</div>", "海关总署 召开会议"),
    ],
)
def test_crawler_title_loses_file_name_number_and_extension_only(tmp_path, first_line, title):
    path = tmp_path / "a.txt"
    path.write_text(f"{first_line}\n<div><span>　　正文。</span></div>", encoding="utf-8")
    assert article(path).title == title


# -- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / f"seed-{encoding}.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode(encoding))
    art = article(path)
    assert art.text == article(SEED).text
    assert not art.title.startswith("\ufeff")


def test_gb18030_only_characters_are_decoded(tmp_path):
    path = tmp_path / "rare.txt"
    text = "标题\n𠀋𡈽是GB18030四字节字符，镕基也能读。"
    path.write_bytes(text.encode("gb18030"))
    assert article(path).text == text


# -- text that decodes apart from a few bytes ---------------------------------------------------


def kept(path: Path) -> tuple[Article, list[Notice]]:
    """The one article read from ``path``, and the notices it gave."""
    notices: list[Notice] = []
    items = list(read_articles(path, notices.append))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0], notices


def replaced(notices: list[Notice], path: Path, count: int, encoding: str) -> None:
    """``notices`` is the one notice that ``count`` bytes of ``path`` were replaced."""
    assert [(n.source, n.reason) for n in notices] == [
        (str(path), f"kept, but {count} undecodable byte{'s' * (count > 1)} replaced by U+FFFD (read as {encoding})")
    ]


@pytest.mark.parametrize(("encoding", "cut"), [("utf-8", 1), ("utf-8", 2), ("gb18030", 1), ("utf-16", 1)],
                         ids=["utf-8-1-of-3", "utf-8-2-of-3", "gb18030-1-of-2", "utf-16-1-of-2"])
def test_a_crawl_cut_mid_character_keeps_the_article(tmp_path, encoding, cut):
    path = tmp_path / "cut.txt"
    data = (SEED.read_text(encoding="utf-8").rstrip() + "\n海关总署召开会议结束").encode(encoding)
    width = len("束".encode(encoding.replace("utf-16", "utf-16-le")))
    path.write_bytes(data[: len(data) - width + cut])  # the file ends inside 束
    art, notices = kept(path)
    assert art.title == SEED_TITLE and CASE_PARAGRAPH in art.text
    assert art.text.endswith("\n海关总署召开会议结\ufffd")
    replaced(notices, path, cut, encoding.upper())


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_stray_bytes_in_the_middle_are_replaced_and_the_rest_is_exact(tmp_path, encoding):
    def enc(text: str) -> bytes:
        return text.encode(encoding)

    zhong = enc("忠")
    path = tmp_path / "stray.txt"
    path.write_bytes(enc("海关总署召开动员会\n5月31日，") + b"\xff"  # between two characters
                     + enc("海关总署召开动员会。\n王辉") + zhong[:1] + b"\xff" + zhong[1:]  # inside 忠
                     + enc("出席会议并讲话。\n倪岳峰主持会议。"))
    art, notices = kept(path)
    assert art.text.split("\n") == [
        "海关总署召开动员会",
        "5月31日，\ufffd海关总署召开动员会。",
        "王辉忠\ufffd出席会议并讲话。",
        "倪岳峰主持会议。",
    ]
    replaced(notices, path, 2, encoding.upper())


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_mixed_line_endings_with_a_cut_character(tmp_path, encoding):
    mixed, unix = tmp_path / "mixed.txt", tmp_path / "unix.txt"
    text = "标题\r\n<div><span>第一\r段。\r\n第二\n段。</span></div>\r<div>第三段</div>\n\r\n结"
    mixed.write_bytes(text.encode(encoding) + "束".encode(encoding)[:1])
    unix.write_bytes(text.replace("\r\n", "\n").replace("\r", "\n").encode(encoding) + "束".encode(encoding)[:1])
    art, notices = kept(mixed)
    assert art.text == kept(unix)[0].text == "标题\n第一段。第二段。\n第三段\n结\ufffd"
    replaced(notices, mixed, 1, encoding.upper())


def test_replaced_bytes_beyond_the_documented_limit_reject_the_file(tmp_path):
    paragraph = "海关总署召开“不忘初心、牢记使命”主题教育动员会，王辉忠出席会议并讲话。"
    text = "标题\n" + "\n".join([paragraph] * 40)  # about 4.5 KB
    size = len(text.encode()) + 1
    limit = min(REPLACED_MAX, REPLACED_MIN + REPLACED_PER_KB * (size // 1024))
    ok, bad = tmp_path / "ok.txt", tmp_path / "bad.txt"
    lines = text.encode().split(b"\n")
    for path, stray in ((ok, limit), (bad, limit + 1)):
        # stray bytes at line starts (never inside a character), each a run of its own; the last line ends cut
        marked = [b"\xff" + line if i <= stray - 2 else line for i, line in enumerate(lines)]
        path.write_bytes(b"\n".join(marked) + "束".encode()[:1])
        assert len(path.read_bytes()) // 1024 == size // 1024
    art, notices = kept(ok)
    assert art.text.count("\ufffd") == limit
    replaced(notices, ok, limit, "UTF-8")
    assert failure(bad) == "not UTF-8 or GB18030 text"


def test_a_jsonl_line_with_a_stray_byte_is_kept_with_a_notice(tmp_path):
    path = tmp_path / "batch.jsonl"
    good = json.dumps({"id": "a", "title": "标题一", "text": "正文。"}, ensure_ascii=False).encode()
    stray = json.dumps({"id": "b", "title": "标题二", "text": "正文。"}, ensure_ascii=False).encode()
    path.write_bytes(good + b"\n" + stray.replace("正".encode(), "正".encode() + b"\xff"))
    notices: list[Notice] = []
    items = list(read_articles(path, notices.append))
    assert [(a.id, a.text) for a in items] == [("a", "标题一\n正文。"), ("b", "标题二\n正\ufffd文。")]
    assert [str(n) for n in notices] == [
        f"{path}: line 2: kept, but 1 undecodable byte replaced by U+FFFD (read as UTF-8)"
    ]


def test_kg_build_prints_the_notice_and_keeps_the_article(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    (tmp_path / "in").mkdir()
    cut = tmp_path / "in" / "cut.txt"
    cut.write_bytes(SEED.read_bytes().rstrip() + "\n结".encode() + "束".encode()[:2])
    (tmp_path / "in" / "whole.txt").write_bytes(SEED.read_bytes())
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                                       "--no-html", "--no-rdf"])
    assert result.exit_code == 0, result.output
    assert f"warning: {cut}: kept, but 2 undecodable bytes replaced by U+FFFD (read as UTF-8)" in result.output
    assert "2 article(s)" in result.output
    docs = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))["graph"]["documents"]
    assert sorted(d["id"] for d in docs) == ["cut", "whole"]


# -- HTML ----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>海关总署召开动员会 - 海关总署网站</title>
<style>.x { color: red }</style><script>var nav = "首页";</script></head>
<body>
<header><h1>海关总署网站</h1><a href="/">首页</a></header>
<nav><ul><li>机构设置</li><li>新闻发布</li></ul></nav>
<article>
  <h1>海关总署召开“不忘初心、牢记使命”主题教育动员会</h1>
  <p>&emsp;&emsp;5月31日，海关总署召开&ldquo;不忘初心、牢记使命&rdquo;主题教育动员会。</p>
  <p>中央第二十五指导组组长王辉忠<b>出席会议</b>并讲话。<br>倪岳峰主持
  会议。</p>
  <script>document.write("广告")</script>
  <div class="share"><button>分享</button></div>
</article>
<aside>相关新闻：某某会议召开</aside>
<footer>版权所有 海关总署</footer>
</body></html>
"""


def test_html_page_keeps_only_the_article_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    art = article(path)
    assert art.id == "page"
    assert art.title == "海关总署召开“不忘初心、牢记使命”主题教育动员会"
    assert art.text.split("\n") == [
        art.title,
        "5月31日，海关总署召开“不忘初心、牢记使命”主题教育动员会。",
        "中央第二十五指导组组长王辉忠出席会议并讲话。",
        "倪岳峰主持会议。",
    ]


def test_html_without_article_element_uses_the_body_and_title_tag(tmp_path):
    path = tmp_path / "plain.htm"
    page = (
        "<html><head><title>全国妇联召开动员部署会</title></head><body>"
        "<div id=nav><nav>首页 | 新闻</nav></div><div><p>4月10日，全国妇联召开动员部署会。</p>"
        "<p>沈跃跃提出要求。</p></div><footer>版权</footer></body></html>"
    )
    path.write_bytes(page.encode("gb18030"))
    assert article(path).text == "全国妇联召开动员部署会\n4月10日，全国妇联召开动员部署会。\n沈跃跃提出要求。"


@pytest.mark.parametrize(
    ("name", "content", "text"),
    [
        ("broken.html", "<html><head><title>标题</title><body><p>正文第一段。</p>", "标题\n正文第一段。"),
        ("plain.txt", "\n  标题  行 \r\n\r\n第一段，\t有空格。\r\n　　第二段。\r\n\r\n",
         "标题 行\n第一段， 有空格。\n第二段。"),
        ("crlf.txt", "标题\r\n第一段。\r\n第二段。", "标题\n第一段。\n第二段。"),
        ("cr.txt", "标题\r第一段。\r第二段。", "标题\n第一段。\n第二段。"),
        ("math.txt", "标题\n增速<5%且a>b，R&D投入增长。", "标题\n增速<5%且a>b，R&D投入增长。"),
        ("marked.html", "<p>标题<![CDAT 半截</p><p>正文。</p>", "标题<![CDAT 半截\n正文。"),
        ("note.md", "# 海关总署召开会议\n\n## 会议内容\n\n**王辉忠**出席[会议](http://x.cn/1)。\n- 要点一\n",
         "海关总署召开会议\n会议内容\n王辉忠出席会议。\n要点一"),
    ],
    ids=["html-without-closed-head", "plain-text", "crlf", "cr", "angle-brackets-not-markup", "unknown-marked-section",
         "markdown"],
)
def test_text_is_cleaned_to_one_paragraph_per_line(tmp_path, name, content, text):
    path = tmp_path / name
    path.write_bytes(content.encode("gb18030"))
    assert article(path).text == text


# -- JSON lines ----------------------------------------------------------------------------------


def test_jsonl_one_article_per_line_and_bad_lines_are_reported(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "标题一", "text": "第一段。\n第二段。"}, ensure_ascii=False),
        '{"id": "broken", "title": "缺引号}',
        json.dumps({"title": "无编号", "text": "<div><span>　　片段&nbsp;正文。</span></div>"},
                   ensure_ascii=False),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "x", "title": "无正文"}, ensure_ascii=False),
        json.dumps({"id": "b2", "text": "没有标题的第一行\n正文。"}, ensure_ascii=False),
        json.dumps({"id": "empty", "title": " ", "text": "　\n"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles(path))
    arts = [i for i in items if isinstance(i, Article)]
    fails = [i for i in items if isinstance(i, Failure)]
    assert [(a.id, a.text) for a in arts] == [
        ("a1", "标题一\n第一段。\n第二段。"),
        ("batch#3", "无编号\n片段 正文。"),
        ("b2", "没有标题的第一行\n正文。"),
    ]
    assert arts[0].source == f"{path}:1"
    assert all(f.source == str(path) for f in fails)
    reasons = [f.reason for f in fails]
    assert reasons[0].startswith("line 2: invalid JSON:")
    assert reasons[1] == "line 5: not a JSON object"
    assert reasons[2].startswith("line 6:") and '"text"' in reasons[2]
    assert reasons[3] == "line 8: empty article (no text)"


def test_jsonl_without_records_is_an_empty_file(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_text("\n  \n", encoding="utf-8")
    assert failure(path) == "empty file"


def test_jsonl_in_gb18030(tmp_path):
    path = tmp_path / "gbk.jsonl"
    record = json.dumps({"id": "g", "title": "海关总署", "text": "召开会议。"}, ensure_ascii=False)
    path.write_bytes(record.encode("gb18030"))
    assert [a.text for a in read_articles(path)] == ["海关总署\n召开会议。"]


# -- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
        (bytes(range(256)) * 4, "binary file, not text"),
        (b"", "empty file"),
        (b" \n\t\r\n ", "empty file"),
        ("Ça été un début très réussi à Orléans.\n".encode("latin-1"), "not UTF-8 or GB18030 text"),
        (b"\x80\xff\xfe\x81" * 50, "not UTF-8 or GB18030 text"),
        (b"<div>&nbsp;</div>\n<div><span>\xe3\x80\x80</span></div>", "empty article (no text)"),
    ],
    ids=["png", "bytes", "empty", "blank", "latin-1", "garbage", "markup-only"],
)
def test_bad_files_are_failures_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert failure(path) == reason


def test_unreadable_inputs_are_failures_and_never_block(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block forever
    assert failure(tmp_path / "folder.txt") == "is a directory"
    assert failure(tmp_path / "dangling.txt") == "broken symbolic link"
    assert failure(tmp_path / "pipe.txt") == "not a regular file"


def test_a_batch_with_bad_files_loses_no_good_article(tmp_path):
    (tmp_path / "good1.txt").write_text("标题一\n正文。", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 10)
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "dangling.html").symlink_to(tmp_path / "nowhere.html")
    (tmp_path / "good2.html").write_text("<h1>标题二</h1><p>正文。</p>", encoding="utf-8")
    sources, failures = discover([tmp_path, tmp_path / "absent"])
    items = [item for source in sources for item in read_articles(source)]
    assert sorted(a.id for a in items if isinstance(a, Article)) == ["good1", "good2"]
    failed = {Path(f.source).name: f.reason for f in failures + [i for i in items if isinstance(i, Failure)]}
    assert failed == {
        "absent": "no such file or directory",
        "bin.txt": "binary file, not text",
        "empty.md": "empty file",
        "dangling.html": "broken symbolic link",
    }


# -- discovering files ---------------------------------------------------------------------------


def test_discover_recurses_sorts_and_gives_stable_unique_ids(tmp_path):
    corpus = tmp_path / "corpus"
    for rel in ["b.txt", "a.html", "a.txt", "sub/c.jsonl", "sub/deep/d.md", "skip.pdf", ".hidden.txt",
                ".git/e.txt", "sub/notes.docx"]:
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / rel).write_text("标题\n正文。", encoding="utf-8")
    single = tmp_path / "other" / "b.txt"
    single.parent.mkdir()
    single.write_text("标题\n正文。", encoding="utf-8")
    sources, failures = discover([corpus, str(corpus / "a.txt"), single])
    assert failures == []
    assert [(s.path.relative_to(tmp_path).as_posix(), s.id) for s in sources] == [
        ("corpus/a.html", "a"),
        ("corpus/a.txt", "a~2"),
        ("corpus/b.txt", "b"),
        ("corpus/sub/c.jsonl", "sub/c"),
        ("corpus/sub/deep/d.md", "sub/deep/d"),
        ("other/b.txt", "b~2"),
    ]
    again, _ = discover([corpus, str(corpus / "a.txt"), single])
    assert again == sources


def test_a_file_named_explicitly_is_read_whatever_its_extension(tmp_path):
    path = tmp_path / "article.text"
    path.write_text("标题\n正文。", encoding="utf-8")
    sources, _ = discover([path])
    assert sources == [Source(path, "article")]
    assert article(path).text == "标题\n正文。"


# -- size ----------------------------------------------------------------------------------------


def test_a_5mb_article_is_read_in_bounded_memory(tmp_path):
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    path = tmp_path / "huge.txt"
    path.write_text(title + "\n" + body * (5_000_000 // len(body.encode()) + 1), encoding="utf-8")
    size = path.stat().st_size
    assert size > 5_000_000
    tracemalloc.start()
    try:
        art = article(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * size  # a few copies of the text, not a structure per character
    assert art.title == SEED_TITLE
    assert art.text.count(CASE_PARAGRAPH) == art.text.count("\n" + CASE_PARAGRAPH) > 700
    assert "<" not in art.text and "&nbsp;" not in art.text
    spans = split_sentences(art.text)
    assert max(e - s for s, e in spans) <= 256
