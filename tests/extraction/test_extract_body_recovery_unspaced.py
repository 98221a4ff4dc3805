"""Recovery of skipped article text counts words in the scripts that do not space them:
a Japanese, Chinese or Thai paragraph is one whitespace token, yet as long as an English one.
"""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

URL = "https://harbour.example/news/ferry-timetable"

# Per language: five paragraphs of the article, and a quotation set in a <figure>.
_TEXTS = {
    "ja": (
        [
            "港湾評議会は火曜日の夜、フェリーの新しい時刻表について長時間にわたって議論し、"
            "夏の観光シーズンが始まる前にもう一度見直す必要があるという点で合意した。",
            "運賃の値上げについても意見が分かれ、島の住民からは通勤や通学への影響を心配する声が"
            "相次いだため、評議会は来月に住民説明会を開くことを決めた。",
            "乗組員の勤務表については、冬の間に古い船を整備するため、一つの班が二つの航路を"
            "担当する案が示され、労働組合との協議が続けられている。",
            "新しい時刻表では、朝の便が三十分早まり、最終便は午後九時に港を出る予定で、"
            "観光客の多い週末には臨時便も運航される見通しだという。",
            "評議会の議長は、島の暮らしを支えるフェリーを守るためには住民の理解が欠かせないと"
            "述べ、説明会への参加を呼びかけた。",
        ],
        "希望だけでフェリーを運航することはできません。乗組員と乗客が毎日頼りにできる"
        "時刻表が必要なのです、と港長は語った。",
    ),
    "zh": (
        [
            "港务委员会周二晚上就新的渡轮时刻表进行了长时间的讨论，委员们一致认为在夏季旅游"
            "旺季开始之前，时刻表还需要再审查一次。",
            "关于票价上涨的问题，委员们意见不一，岛上居民纷纷表示担心上班和上学受到影响，"
            "委员会因此决定下个月召开居民说明会。",
            "在船员排班方面，为了在冬季检修旧船，有人提出由一个班组同时负责两条航线的方案，"
            "目前仍在与工会协商。",
            "根据新的时刻表，早班船将提前三十分钟出发，末班船将于晚上九点离港，"
            "游客较多的周末还将加开临时航班。",
            "委员会主席表示，要保住支撑岛上生活的渡轮，离不开居民的理解，并呼吁大家参加说明会。",
        ],
        "我们不能只靠希望来经营渡轮，我们需要一份船员和乘客每天都能依靠的时刻表，港务长说。",
    ),
    "th": (
        [
            "คณะกรรมการท่าเรือได้หารือเรื่องตารางเดินเรือเฟอร์รี่ฉบับใหม่อย่างยาวนานเมื่อคืนวันอังคาร"
            "และเห็นพ้องกันว่าต้องทบทวนอีกครั้งก่อนฤดูท่องเที่ยวจะเริ่มต้น",
            "เรื่องการขึ้นค่าโดยสารยังมีความเห็นไม่ตรงกันเพราะชาวเกาะจำนวนมากกังวลว่าการเดินทาง"
            "ไปทำงานและไปโรงเรียนจะได้รับผลกระทบอย่างหนัก",
            "สำหรับตารางเวรของลูกเรือมีการเสนอให้ทีมเดียวดูแลทั้งสองเส้นทางในช่วงฤดูหนาว"
            "เพื่อให้อู่ซ่อมเรือลำเก่าได้ทันก่อนฤดูใบไม้ผลิ",
            "ตามตารางใหม่เรือเที่ยวเช้าจะออกเร็วขึ้นสามสิบนาทีและเที่ยวสุดท้ายจะออกจากท่าตอนสามทุ่ม"
            "ส่วนวันหยุดสุดสัปดาห์จะมีเรือเที่ยวพิเศษเพิ่ม",
            "ประธานคณะกรรมการกล่าวว่าการรักษาเรือเฟอร์รี่ที่หล่อเลี้ยงชีวิตบนเกาะต้องอาศัยความเข้าใจ"
            "ของชาวบ้านและเชิญชวนให้ทุกคนมาร่วมการชี้แจง",
        ],
        "เราไม่สามารถเดินเรือด้วยความหวังเพียงอย่างเดียวได้เราต้องการตารางเวลาที่ลูกเรือและ"
        "ผู้โดยสารพึ่งพาได้ทุกวันตลอดทั้งปีนายท่ากล่าว",
    ),
}


def _page(lang: str, article: str) -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Ferry</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><article><h1>Ferry</h1><div class='post-body'>{article}</div>"
        "</article></main><footer>Harbour Herald</footer></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_a_pull_quote_in_unspaced_script_is_kept_in_place(lang: str) -> None:
    paragraphs, quote = _TEXTS[lang]
    figure = f"<figure class='wp-block-pullquote'><blockquote><p>{quote}</p></blockquote></figure>"
    paras = [f"<p>{p}</p>" for p in paragraphs]
    html = _page(lang, "".join(paras[:2]) + figure + "".join(paras[2:]))
    body = extract(html, URL).body
    assert quote in body
    assert body.index(paragraphs[1]) < body.index(quote) < body.index(paragraphs[2])
    assert body.count(quote) == 1


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_unspaced_paragraphs_trafilatura_returned_are_not_added_twice(lang: str) -> None:
    paragraphs, _quote = _TEXTS[lang]
    html = _page(lang, "".join(f"<p>{p}</p>" for p in paragraphs))
    body = extract(html, URL).body
    for p in paragraphs:
        assert body.count(p) == 1
