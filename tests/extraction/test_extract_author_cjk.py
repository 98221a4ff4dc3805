"""Bylines in Chinese, Japanese and Korean: two-character names, the reporter's title
after the name, an author box's buttons."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import caseless, clean_name

BODY = "<p>" + "这是一篇普通的新闻报道文章，内容会持续一段时间。" * 12 + "</p>"


def _page(byline: str) -> str:
    return (
        '<html lang="zh"><head><meta charset="utf-8"><title>公交线路调整方案公布</title>'
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2024-05-03T08:00:00+08:00">'
        f"</head><body><article><h1>公交线路调整方案公布</h1>{byline}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("김철수 기자", ["김철수"]),
        ("김철수기자", ["김철수"]),
        ("山田太郎記者", ["山田太郎"]),
        ("本报记者 焦鹏", ["焦鹏"]),
        ("记者：焦鹏", ["焦鹏"]),
        # Where and how it was reported, after a slash: a dateline.
        ("林宸誼／即時報導", ["林宸誼"]),
        ("陳曉宜／綜合報導", ["陳曉宜"]),
        ("王小明/台北报道", ["王小明"]),
        # Korean wire copy: the dateline in brackets, the sign the text opens with after it.
        ("(서울=연합뉴스) 김민수 기자 =", ["김민수"]),
        ("(부산=연합뉴스) 김민수·홍길동 기자 =", ["김민수", "홍길동"]),
    ],
)
def test_the_reporters_title_is_no_part_of_the_name(raw: str, names: list[str]) -> None:
    assert clean_name(raw) == names


def test_scripts_without_capitals() -> None:
    assert caseless("焦鹏") and caseless("김철수") and caseless("山田 太郎")
    assert not caseless("CM") and not caseless("Jo") and not caseless("焦鹏 Li")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ('<div class="author">焦鹏</div>', ("焦鹏",)),
        ('<div class="author">记者 焦鹏</div>', ("焦鹏",)),
        # One character is no name, and an author box's "follow" button is none either.
        ('<div class="author">鹏</div>', ()),
        ('<div><span class="author-follow">关注</span></div>', ()),
        ('<div class="author-info"><span class="author-more">更多</span></div>', ()),
    ],
)
def test_two_characters_are_a_whole_name_in_a_caseless_script(
    byline: str, authors: tuple[str, ...]
) -> None:
    assert extract(_page(byline), url="https://news.example.cn/a/123.html").authors == authors


def test_two_capitals_in_a_cased_script_stay_initials() -> None:
    page = _page('<div class="author">CM</div>')
    assert extract(page, url="https://news.example.cn/a/123.html").authors == ()


@pytest.mark.parametrize(
    ("link", "lang"),
    [
        ('<a href="https://news.example.jp/settings/profile/">設定</a>', "ja"),
        ('<a href="/account/profile/">Settings</a>', "en"),
        ('<a href="/mypage/profile/">마이페이지</a>', "ko"),
    ],
)
def test_a_link_to_the_readers_own_profile_is_no_byline(link: str, lang: str) -> None:
    # In the site's header, above the headline: the reader's settings by the search box.
    header = f'<div id="headerSearch"><ul class="personalInfo"><li>{link}</li></ul></div>'
    page = _page("").replace("<article>", header + "<article>")
    page = page.replace('lang="zh"', f'lang="{lang}"')
    assert extract(page, url="https://news.example.jp/a/123.html").authors == ()


def test_a_writers_profile_link_is_still_a_byline() -> None:
    page = _page('<p><a href="https://news.example.jp/profile/jiao-peng/">焦鹏</a></p>')
    assert extract(page, url="https://news.example.jp/a/123.html").authors == ("焦鹏",)


# The press's own conventions: the reporter, where the story was filed and "reports", in
# brackets or not; a wire's reporter, place, day and "cabled"; a wire dateline with its
# reporters after it; the compiling translator; a picture credit after the writer; the
# place and the reporter of a Japanese paper.
PRESS_BYLINES = [
    ("〔記者王小明／台北報導〕", ["王小明"]),
    ("【記者王小明／台北報導】", ["王小明"]),
    ("記者王小明、張大同／台北報導", ["王小明", "張大同"]),
    ("記者 王小明 張大同／台北報導", ["王小明", "張大同"]),
    ("聯合報 記者林宸誼／即時報導", ["林宸誼"]),
    ("（中央社記者王小明台北3日電）", ["王小明"]),
    ("中央社記者林凱台北3日電", ["林凱"]),
    ("編譯王小明／綜合報導", ["王小明"]),
    ("新华社北京3月5日电（记者王小明、张大同）", ["王小明", "张大同"]),
    ("记者｜王小明", ["王小明"]),
    ("文／王小明 攝影／張大同", ["王小明"]),
    ("文/王小明 图/张大同", ["王小明"]),
    ("【ワシントン＝山田太郎】", ["山田太郎"]),
    ("取材・文／山田太郎", ["山田太郎"]),
    # A trainee's title before a name is no name; a web magazine's writers and outlet.
    ("（记者张薇 实习生刘洋）", ["张薇", "刘洋"]),
    ("记者 张薇 实习生 刘洋", ["张薇", "刘洋"]),
    ("［佐藤花子，ITmedia］", ["佐藤花子"]),
    ("［佐藤花子、山田太郎，ITmedia］", ["佐藤花子", "山田太郎"]),
]


@pytest.mark.parametrize(("raw", "names"), PRESS_BYLINES)
def test_bylines_as_the_chinese_and_japanese_press_writes_them(raw: str, names: list[str]) -> None:
    assert clean_name(raw) == names
    # In an element of their own with no class, they are the byline all the same.
    byline = f"<div class='meta'><span>{raw}</span></div>"
    assert list(extract(_page(byline), "https://news.example/a/123").authors) == names


def test_a_wire_filing_a_japanese_story_is_a_desk() -> None:
    assert clean_name("【ロンドン＝共同】") == []
    assert clean_name("【ロンドン＝共同】", desks=True) == ["共同"]


@pytest.mark.parametrize(
    ("opening", "names"),
    [
        ("〔記者王小明／台北報導〕", ["王小明"]),
        ("（中央社記者王小明台北3日電）", ["王小明"]),
        ("新华社北京3月5日电（记者王小明）", ["王小明"]),
        ("新京报讯（记者张薇 实习生刘洋）", ["张薇", "刘洋"]),
        ("【ワシントン＝山田太郎】", ["山田太郎"]),
        ("(서울=연합뉴스) 홍길동 기자 = ", ["홍길동"]),
    ],
)
def test_the_byline_opening_the_first_paragraph(opening: str, names: list[str]) -> None:
    # Stories printed as one block open their first paragraph with the byline.
    page = _page("").replace(BODY, f"<p>{opening}{BODY[3:]}")
    assert list(extract(page, "https://news.example/a/123").authors) == names


def test_a_japanese_reporter_signing_the_last_paragraph_in_brackets() -> None:
    # "...切り替わる。（山本健太）": the report's writer, after its last sentence.
    text = "<p>" + "新タマネギの出荷が始まり、農家は収穫作業に追われている。" * 8 + "</p>"
    last = "<p>出荷は5月上旬まで続き、その後は貯蔵用の晩生種に切り替わる。（山本健太）</p>"
    page = (
        '<html lang="ja"><head><meta charset="utf-8"><title>新タマネギ出荷</title></head><body>'
        f"<article><h1>新タマネギ出荷</h1>{text}{last}</article></body></html>"
    )
    assert extract(page, "https://www.kobe.example/news/awaji/202403/0017412884.shtml").authors == (
        "山本健太",
    )
    # A place closing the sentence in brackets is no writer.
    place = last.replace("山本健太", "南あわじ市")
    assert extract(page.replace(last, place), "https://www.kobe.example/n/1.shtml").authors == ()
    # ... or in lenticular brackets, as sports papers sign a report; a link's label so set
    # is no writer.
    lenticular = last.replace("（山本健太）", "【山本健太】")
    url = "https://www.kobe.example/n/2.shtml"
    assert extract(page.replace(last, lenticular), url).authors == ("山本健太",)
    label = last.replace("（山本健太）", "【関連記事】")
    assert extract(page.replace(last, label), url).authors == ()


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("（社会部・比嘉太郎）", ["比嘉太郎"]),
        ("（北部支社・山田花子）", ["山田花子"]),
        ("（政経部・山田花子、社会部・比嘉太郎）", ["山田花子", "比嘉太郎"]),
        ("社会部 高橋美咲", ["高橋美咲"]),
        ("政治部　山田花子", ["山田花子"]),
    ],
)
def test_a_japanese_desk_before_the_reporter_is_left_out(raw: str, names: list[str]) -> None:
    assert clean_name(raw) == names


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("عبدالله الشمري (جدة)", ["عبدالله الشمري"]),
        ("אבי כהן (ירושלים)", ["אבי כהן"]),
        # ... the writer's trade or paper in full-width brackets.
        ("取材・文／北村智史（フリーライター）", ["北村智史"]),
        ("山田太郎（共同通信）", ["山田太郎"]),
        # In a script with capitals a brand in brackets is the byline's own.
        ("Jean-Luc Aufranc (CNXSoft)", ["Jean-Luc Aufranc (CNXSoft)"]),
    ],
)
def test_a_bracket_after_a_name_in_a_script_without_capitals_is_left_out(
    raw: str, names: list[str]
) -> None:
    assert clean_name(raw) == names
