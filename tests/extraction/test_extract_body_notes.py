"""A note set beside the article's container (a correction, an editor's note, where the
piece first appeared) is the article's; the short furniture beside it (a "comments are
closed" line, a share bar, tag links, teaser cards) is the frame's, on pages whose class
names say nothing."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.dom import text_of
from scrape.extraction.prune import cut_frame, prune
from scrape.extraction.title.headline import find_headline


def _page(headline: str, paragraph: str, note: str, closed: str) -> str:
    text = "".join(f'<p class="k{i}x">{paragraph.format(i=i)}</p>' for i in range(6))
    return (
        '<html><head><link rel="canonical" href="https://zeitung.example/a/1"></head><body>'
        '<div class="q1"><div class="w2"><div class="e3">'
        f'<div class="r4"><h1 class="t5">{headline}</h1></div><div class="y6">{text}</div>'
        f'</div><div class="u7"><p class="i8">{note}</p></div>'
        '<div class="o9"><a href="https://social.example/share">Facebook</a> '
        '<a href="mailto:?s=1">E-Mail</a></div>'
        '<div class="p0"><a href="/tag/verkehr">Verkehr</a> <a href="/tag/bau">Bauarbeiten</a>'
        f'</div><p class="a1">{closed}</p>'
        '<div class="s2"><div class="d3"><a href="/a/2"><h3>Neue Buslinien ab Mai im Norden</h3>'
        "</a><p>Die neuen Linien verbinden ab Mai die nördlichen Stadtteile mit dem Zentrum.</p>"
        '</div><div class="d4"><a href="/a/3"><h3>Parkhaus am Bahnhof wird teurer</h3></a>'
        "<p>Ab Juli kostet die Stunde im Parkhaus am Bahnhof einen Euro mehr als bisher.</p>"
        "</div></div></div>"
        '<div class="f5"><a href="/">Start</a> <a href="/impressum">Impressum</a></div>'
        "</div></body></html>"
    )


_PAGES = {
    "en": (
        "City council approves the new bridge",
        "Paragraph {i}: The council voted after a long debate about the costs, and work is "
        "expected to start in spring once the contracts are signed.",
        "Correction: An earlier version of this article misstated the date of the vote.",
        "Comments are closed.",
    ),
    "de": (
        "Stadtrat beschließt die neue Brücke",
        "Absatz {i}: Der Rat stimmte nach langer Debatte über die Kosten zu, die Arbeiten "
        "sollen im Frühjahr beginnen, sobald die Verträge unterschrieben sind.",
        "Anmerkung der Redaktion: Der Text wurde um eine Stellungnahme der Stadt ergänzt.",
        "Kommentare sind geschlossen.",
    ),
    "fr": (
        "Le conseil municipal approuve le nouveau pont",
        "Paragraphe {i} : Le conseil a voté après un long débat sur les coûts, et les travaux "
        "devraient commencer au printemps une fois les contrats signés.",
        "Cet article a été publié initialement par The Conversation sous licence libre.",
        "Les commentaires sont fermés.",
    ),
    "ja": (
        "市議会が新しい橋の建設を承認",
        "第{i}段落：市議会は費用をめぐる長い議論の末に採決し、契約が結ばれ次第、"
        "春にも工事が始まる見通しだ。地元の住民からは歓迎の声が上がっている。",
        "訂正：この記事の以前の版では採決の日付に誤りがありました。",
        "コメントは受け付けていません。",
    ),
    "hi": (
        "नगर परिषद ने नए पुल के निर्माण को मंज़ूरी दी",
        "अनुच्छेद {i}: परिषद ने लागत पर लंबी बहस के बाद मतदान किया, और अनुबंधों पर "
        "हस्ताक्षर होते ही वसंत में काम शुरू होने की उम्मीद है।",
        "यह लेख मूल रूप से हमारे साप्ताहिक संस्करण में प्रकाशित हुआ था।",
        "टिप्पणियाँ बंद हैं।",
    ),
    "ar": (
        "المجلس البلدي يوافق على بناء الجسر الجديد",
        "الفقرة {i}: صوّت المجلس بعد نقاش طويل حول التكاليف، ومن المتوقع أن تبدأ الأعمال "
        "في الربيع بعد توقيع العقود مع الشركات المنفذة.",
        "تصحيح: ورد في نسخة سابقة من هذا المقال تاريخ خاطئ للتصويت.",
        "التعليقات مغلقة.",
    ),
}


def _cut(html: str, headline: str) -> str:
    tree = LexborHTMLParser(html)
    find_headline(tree, [headline])
    prune(tree)
    cut_frame(tree)
    assert tree.body is not None
    return text_of(tree.body)


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_a_note_beside_the_article_stays_and_the_furniture_goes(language: str) -> None:
    headline, paragraph, note, closed = _PAGES[language]
    text = _cut(_page(headline, paragraph, note, closed), headline)
    assert paragraph.format(i=0) in text and paragraph.format(i=5) in text
    assert note in text
    for furniture in (closed, "Facebook", "Bauarbeiten", "Impressum"):
        assert furniture not in text
    # A teaser's excerpt reads as a sentence too, but it is a small part of its list.
    assert "kostet die Stunde" not in text


def test_a_linked_line_beside_the_article_is_no_note() -> None:
    headline, paragraph, _note, closed = _PAGES["en"]
    posted = (
        'This entry was posted in <a href="/c/city">City hall</a> and tagged '
        '<a href="/t/bridges">bridges</a>, <a href="/t/budget">budget</a>.'
    )
    text = _cut(_page(headline, paragraph, posted, closed), headline)
    assert "This entry was posted" not in text
