"""Bylines in Chinese, Japanese and Korean, which name the writer beside a label
("記者", "기자") rather than after a by-word."""

from __future__ import annotations

import re

from .words import AGENCY, TEXT_BY

# A Japanese paper's byline: where the story was filed, an equals sign, the reporter or the
# wire ("【ワシントン＝山田太郎】", "【ロンドン＝共同】").
_JA_FILED = r"【[^【】＝=\s]{1,10}[＝=](?P<filer>[\u4e00-\u9fff\u3040-\u30ff・]{2,8})】"

# ... or the writer after the "text by" mark ("取材・文／山田太郎").
_JA_BYLINE = re.compile(rf"{_JA_FILED}|{TEXT_BY}(?P<writer>[\u4e00-\u9fff\u3040-\u30ff・]{{2,8}})")

# Chinese bylines as the press of Taiwan, Hong Kong and the mainland prints them, in or out
# of brackets: the reporter, then where the story was filed and "reports" ("記者王小明／台北
# 報導"; "編譯" is the foreign desk's compiling translator); a wire's reporter, the place,
# the day and "cabled" ("中央社記者王小明台北3日電"); a wire's dateline with its reporters
# after it ("新华社北京3月5日电（记者王小明、张大同）"). Japanese puts its reporter's
# title after the name, never before it.
_ZH_LABEL = r"(?:記者|记者|編譯|编译)"

# A trainee's or a correspondent's title before a name among the reporters ("记者张薇
# 实习生刘洋"): a title, not a name.
_ZH_ROLE = r"(?:实习生|實習生|通讯员|通訊員|见习记者|見習記者)"
_ZH_NAMES = (
    rf"{_ZH_ROLE}?[\u4e00-\u9fff]{{2,4}}(?:\s*[、，,\s]\s*{_ZH_ROLE}?\s*[\u4e00-\u9fff]{{2,4}})*"
)

# A wire's dateline, the agency, the place and the day it was cabled on ("新华社北京3月5日电"),
# or a paper's "report" mark ("新京报讯", "本报讯").
_ZH_WIRE_DATELINE = r"[\u4e00-\u9fff]{2,6}(?:\d{1,2}月\d{1,2}日[電电]|(?<![記记])[讯訊])"

_ZH_BYLINE = re.compile(
    rf"(?:[\u4e00-\u9fff]{{2,6}}\s*)?{_ZH_LABEL}\s*[:：｜|]?\s*(?P<names>{_ZH_NAMES})"
    r"(?:\s*[／/][^／/\s]{0,10}?(?:報導|报道|報道|電|电))?"
    # The wire's reporter, the place and the day it was cabled on, run together.
    rf"|(?:[\u4e00-\u9fff]{{2,6}})?{_ZH_LABEL}(?P<filed>[\u4e00-\u9fff]{{4,9}}?)"
    r"\d{1,2}日(?:專|专)?[電电]"
    rf"|{_ZH_WIRE_DATELINE}\s*[（(]\s*{_ZH_LABEL}\s*(?P<wired>{_ZH_NAMES})\s*[）)]"
)

_ZH_BRACKETS = re.compile(r"^[〔【\[（(]\s*(.+?)\s*[〕】\]）)]$")

# A byline in brackets that opens the story's first paragraph ("〔記者王小明／台北報導〕財政部
# 今天...", "（中央社記者王小明台北3日電）", "新华社北京3月5日电（记者王小明）国家...", and
# Korean "(서울=연합뉴스) 홍길동 기자 = 정부는 ..."): the byline of a story printed as one block.
OPENING_BYLINE = re.compile(
    rf"[〔【\[（(]\s*(?:{_ZH_BYLINE.pattern})\s*[〕】\]）)]|{_JA_FILED}"
    rf"|{_ZH_WIRE_DATELINE}\s*[（(]\s*{_ZH_LABEL}\s*{_ZH_NAMES}\s*[）)]"
    r"|(?:\([^()]{1,20}=[^()]{1,20}\)\s*)?[\uac00-\ud7af]{2,4}(?:\s*[·・,]\s*[\uac00-\ud7af]{2,4})*"
    r"\s?(?:기자|특파원)\s*="
)


# A Japanese web magazine's byline: the writers and the outlet in square brackets,
# set apart by commas ("［佐藤花子，ITmedia］").
_JA_OUTLET_BYLINE = re.compile(r"[［\[]\s*([^［］\[\]]{3,60}?)\s*[］\]]")
_JA_NAME = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff・]{2,8}")


def cjk_byline(text: str, desks: bool = False) -> list[str] | None:
    """The writers of a Chinese or Japanese byline written by its press's conventions
    (:data:`_ZH_BYLINE`, :data:`_JA_FILED`, a "text by" mark), or None when ``text`` is
    none; a wire filing a Japanese story is a desk."""
    outlet = _JA_OUTLET_BYLINE.fullmatch(text)
    if outlet:
        parts = re.split(r"\s*[，,、]\s*", outlet[1])
        if len(parts) >= 2 and all(_JA_NAME.fullmatch(p) for p in parts[:-1]):
            return parts[:-1]
    japanese = _JA_BYLINE.fullmatch(text)
    if japanese:
        filer = japanese["filer"]
        if filer:
            return [filer] if desks or not AGENCY.match(filer) else []
        return [japanese["writer"]]
    bracketed = _ZH_BRACKETS.match(text)
    found = _ZH_BYLINE.fullmatch(bracketed[1] if bracketed else text)
    if found is None:
        return None
    run = found["filed"]
    if run:
        # Names run into the place: three characters, as most Chinese names are, unless
        # that leaves a place of one.
        return [run[:3] if len(run) - 3 >= 2 else run[:2]]
    return zh_names(found["names"] or found["wired"])


def zh_names(run: str) -> list[str]:
    """The names of a run of Chinese reporters' names, without their titles."""
    names = (re.sub(rf"^{_ZH_ROLE}", "", n) for n in re.split(r"\s*[、，,\s]\s*", run))
    return [n for n in names if n]


# The sign a Korean wire byline closes with, where its text opens ("김민수 기자 =").
OPENS_TEXT = re.compile(r"(?<=[\uac00-\ud7af])\s*=$")

# Korean bylines set co-authors apart with the middle dot ("홍길동·김철수 기자"); Chinese and
# Japanese write it inside one foreign name ("唐纳德·特朗普", "ドナルド・トランプ").
CJK_DOT = re.compile(r"(?<=[\uac00-\ud7af])[·・](?=[\uac00-\ud7af])")

# Simplified Chinese "reporter" before names set apart by spaces: each is a name ("记者 张伟 李娜");
# Japanese writes one name with a space between family and given name ("山田 太郎").
ZH_REPORTERS = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,5}记者)\s*[:：]?\s*((?:[\u4e00-\u9fff]{2,4}\s+)+[\u4e00-\u9fff]{2,4})$"
)
