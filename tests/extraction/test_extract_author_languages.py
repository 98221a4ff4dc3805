"""Bylines as news sites print them in languages beyond the western European ones: the
language's by-word or writer's label, its "and" between co-authors, a name beside a date
written in the language's words."""

from __future__ import annotations

import json

import pytest

from scrape.extraction.extractor import extract

TEXT = {
    "ru": "Депутаты городской думы в четверг вечером приняли бюджет на следующий год. ",
    "uk": "Депутати міської ради в четвер увечері ухвалили бюджет на наступний рік. ",
    "el": "Το δημοτικό συμβούλιο ενέκρινε την Πέμπτη τον προϋπολογισμό του επόμενου έτους. ",
    "ro": "Consilierii locali au aprobat joi seară bugetul pentru anul viitor. ",
    "cs": "Zastupitelé ve čtvrtek večer schválili rozpočet na příští rok. ",
    "da": "Byrådet vedtog torsdag aften budgettet for det kommende år. ",
    "it": "Il consiglio comunale ha approvato giovedì sera il bilancio del prossimo anno. ",
    "id": "DPRD kota pada Kamis malam mengesahkan anggaran untuk tahun depan. ",
    "tr": "Belediye meclisi perşembe akşamı gelecek yılın bütçesini kabul etti. ",
    "fi": "Kaupunginvaltuusto hyväksyi torstai-iltana ensi vuoden talousarvion. ",
    "ar": "أقر المجلس البلدي مساء الخميس ميزانية العام المقبل بعد نقاش طويل. ",
    "hu": "A városi közgyűlés csütörtök este elfogadta a jövő évi költségvetést. ",
    "sv": "Kommunfullmäktige klubbade på torsdagskvällen budgeten för nästa år. ",
    "no": "Bystyret vedtok torsdag kveld budsjettet for neste år. ",
    "pl": "Radni w czwartek wieczorem przyjęli budżet na przyszły rok. ",
    "pt": "Os vereadores aprovaram na quinta-feira à noite o orçamento do próximo ano. ",
    "zh": "经过六个多小时的讨论，市人大常委会于4日晚间表决通过了下一年度的财政预算。",
    "he": "מועצת העיר אישרה ביום חמישי בערב את התקציב לשנה הבאה לאחר דיון ארוך. ",
    "ja": "６時間以上に及ぶ審議の末、市議会は４日夜、来年度の予算案を賛成多数で可決した。",
    "ko": "시의회가 6시간이 넘는 논의 끝에 4일 저녁 내년도 예산안을 의결했다. ",
    "nl": "De gemeenteraad heeft donderdagavond de begroting voor volgend jaar goedgekeurd. ",
    "de": "Der Stadtrat hat am Donnerstagabend den Haushalt für das kommende Jahr beschlossen. ",
    "en": "The city council approved next year's budget on Thursday night. ",
}


def _page(lang: str, byline: str = "", author: object = None) -> str:
    declared = ""
    if author is not None:
        article = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author}
        declared = f"<script type='application/ld+json'>{json.dumps(article)}</script>"
    paragraphs = "".join(f"<p>{TEXT[lang] * 4}</p>" for _ in range(4))
    return (
        f"<html lang='{lang}'><head><title>Budget 2027</title>{declared}</head><body>"
        "<header><nav><a href='/'>1</a><a href='/politika/'>2</a></nav></header><main><article>"
        f"<h1>Budget 2027</h1>{byline}<div class='text'>{paragraphs}</div>"
        "</article></main></body></html>"
    )


def _authors(lang: str, byline: str = "", author: object = None) -> tuple[str, ...]:
    return extract(_page(lang, byline, author), "https://novini.example/politika/budget").authors


def _dated(line: str, date: str) -> str:
    # A byline in plain text: no author class, no link, a <time> beside it.
    return f"<p class='meta'>{line} <time datetime='2026-12-04T14:35:00+01:00'>{date}</time></p>"


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("id", "Oleh Budi Santoso |", ("Budi Santoso",)),  # Indonesian, Malay
        ("el", "Από Γιώργος Παπαδόπουλος |", ("Γιώργος Παπαδόπουλος",)),
        # Greek declines the name after the genitive article; the article is no name.
        ("el", "Του Γιώργου Παπαδόπουλου |", ("Γιώργου Παπαδόπουλου",)),
        ("ar", "بقلم: محمد أحمد |", ("محمد أحمد",)),
        ("ar", "كتب: محمد أحمد |", ("محمد أحمد",)),
        ("ro", "de Andrei Popescu |", ("Andrei Popescu",)),
        ("tr", "Yazan: Ahmet Yılmaz |", ("Ahmet Yılmaz",)),
        ("fi", "Teksti: Matti Virtanen |", ("Matti Virtanen",)),
        ("ru", "Автор: Иван Петров |", ("Иван Петров",)),
        # A wire agency after the writer's label.
        ("ru", "Автор: ТАСС |", ("ТАСС",)),
        ("cs", "Autor: ČTK |", ("ČTK",)),
    ],
)
def test_the_by_word_or_writers_label_of_the_pages_language(
    lang: str, line: str, expected: tuple[str, ...]
) -> None:
    assert _authors(lang, _dated(line, "04.12.2026, 14:35")) == expected


@pytest.mark.parametrize(
    "line",
    [
        # A name's particle in lower case opens no byline: "de" is Romanian "by" only before
        # a capitalised name of two words.
        "de la redacție |",
        "Jan de Vries |",
    ],
)
def test_a_particle_is_no_by_word(line: str) -> None:
    found = _authors("ro", _dated(line, "04.12.2026, 14:35"))
    assert found in {(), ("Jan de Vries",)}
    assert all(not name.startswith("la ") for name in found)


@pytest.mark.parametrize(
    ("lang", "declared", "expected"),
    [
        ("cs", "Jan Novák a Petra Svobodová", ("Jan Novák", "Petra Svobodová")),
        ("ro", "Andrei Popescu și Maria Ionescu", ("Andrei Popescu", "Maria Ionescu")),
        (
            "el",
            "Γιώργος Παπαδόπουλος και Μαρία Νικολάου",
            ("Γιώργος Παπαδόπουλος", "Μαρία Νικολάου"),
        ),
        ("uk", "Олена Коваленко та Андрій Шевчук", ("Олена Коваленко", "Андрій Шевчук")),
        ("id", "Budi Santoso dan Siti Rahma", ("Budi Santoso", "Siti Rahma")),
        # Hebrew joins "and" to the next name as a letter.
        ("he", "נועה לוי ויואב שמיר", ("נועה לוי", "יואב שמיר")),
        # "Dan" is also a given name.
        ("en", "Dan Brown", ("Dan Brown",)),
    ],
)
def test_co_authors_joined_by_the_languages_and(
    lang: str, declared: str, expected: tuple[str, ...]
) -> None:
    assert _authors(lang, author={"@type": "Person", "name": declared}) == expected
    # A declared string, and the same names printed after a by-word.
    assert _authors(lang, author=declared) == expected


@pytest.mark.parametrize(
    ("lang", "name", "date"),
    [
        ("cs", "Jan Novák", "4. 12. 2026 14:35"),
        ("hu", "Kovács Péter", "2026.12.04. 14:35"),
        ("hu", "Kovács Péter", "2026. 12. 04. 14:35"),
    ],
)
def test_a_name_beside_a_date_written_as_the_language_writes_it(
    lang: str, name: str, date: str
) -> None:
    assert _authors(lang, _dated(f"{name} |", date)) == (name,)


@pytest.mark.parametrize(
    ("lang", "desk"),
    [
        ("sv", "Redaktionen"),
        ("no", "Redaksjonen"),
        ("pl", "Redakcja"),
        ("cs", "Redakce"),
        ("ro", "Redacția"),
        ("fi", "Toimitus"),
        ("tr", "Haber Merkezi"),
        ("hu", "Szerkesztőség"),
    ],
)
def test_a_declared_desk_gives_way_to_the_named_writer(lang: str, desk: str) -> None:
    # The newsroom declared as the author's Person, a writer named in the byline.
    byline = "<p class='byline'><a href='/autor/jan-koch'>Jan Koch</a></p>"
    assert _authors(lang, byline, {"@type": "Person", "name": desk}) == ("Jan Koch",)


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("sv", "Av TT |", ("TT",)),
        ("tr", "Yazan: AA |", ("AA",)),
        # The writer, then the agency she filed through, after a slash.
        ("uk", "Автор: Олена Коваленко / Укрінформ |", ("Олена Коваленко",)),
        ("pt", "Por João Silva / Agência Brasil |", ("João Silva",)),
    ],
)
def test_wire_agencies_of_more_countries(lang: str, line: str, expected: tuple[str, ...]) -> None:
    assert _authors(lang, _dated(line, "04.12.2026, 14:35")) == expected


@pytest.mark.parametrize(
    ("lang", "declared"),
    [
        ("ru", {"@type": "Organization", "name": "ТАСС"}),
        ("ar", {"@type": "Organization", "name": "رويترز"}),
    ],
)
def test_an_agency_in_its_own_script_declared_as_the_author(lang: str, declared: object) -> None:
    # A site whose <meta name=author> names the site itself: the declared agency beats it.
    page = _page(lang, author=declared).replace(
        "<title>", "<meta name='author' content='novini.example'><title>"
    )
    found = extract(page, "https://novini.example/politika/budget").authors
    assert found == (declared["name"],)  # type: ignore[index]


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("zh", "记者 张伟", ("张伟",)),
        ("zh", "记者 张伟 李娜", ("张伟", "李娜")),
        ("zh", "新华社记者 张伟", ("张伟",)),
        ("ja", "山田太郎記者", ("山田太郎",)),
        ("ko", "홍길동 기자", ("홍길동",)),
        ("ko", "홍길동·김철수 기자", ("홍길동", "김철수")),
        # Japanese writes the dot inside one foreign name.
        ("ja", "ジョン・スミス記者", ("ジョン・スミス",)),
        ("ko", "(서울=연합뉴스) 홍길동 기자 gildong@yna.example", ("홍길동",)),
        # A press conference ("기자회견") is no reporter, and a sentence about what the
        # reporter learnt or who spoke to reporters is no byline.
        ("ko", "기자회견", ()),
        ("zh", "记者从市交通局获悉，三条城际铁路线路将在年底前开通。", ()),
        ("ko", "이번 사건을 취재한 기자 김철수는 말했다", ()),
    ],
)
def test_the_reporters_title_in_chinese_japanese_and_korean_bylines(
    lang: str, line: str, expected: tuple[str, ...]
) -> None:
    assert _authors(lang, _dated(line, "2026.12.04 14:35")) == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        # A desk's code holding a digit after the names is no date before them.
        ("pt", "Por João Silva e Maria Souza, g1 — São Paulo |", ("João Silva", "Maria Souza")),
        ("pl", "oprac. Jan Kowalski |", ("Jan Kowalski",)),
        ("pl", "Oprac. PAP |", ("PAP",)),
        ("pl", "Opracowała: Anna Nowak |", ("Anna Nowak",)),
        ("it", "A cura di Mario Rossi |", ("Mario Rossi",)),
        ("ru", "Текст: Иван Петров |", ("Иван Петров",)),
        # The role before a name whose second word is a particle.
        ("nl", "Door onze redacteur Jan de Vries |", ("Jan de Vries",)),
        # A place after a slash, its capital outside ASCII.
        ("tr", "Yazan: Ahmet Yılmaz / İzmir |", ("Ahmet Yılmaz",)),
    ],
)
def test_more_byline_shapes_of_big_publishers(
    lang: str, line: str, expected: tuple[str, ...]
) -> None:
    assert _authors(lang, _dated(line, "04.12.2026, 14:35")) == expected


@pytest.mark.parametrize(
    ("lang", "byline", "expected"),
    [
        # Class names generated by the site's tooling say nothing: the link to the
        # writers' folder does, named in the plural in many languages.
        (
            "cs",
            "<div class='c9f2a1'><a href='/autori/ales-vavra/l~i:author:189/'>Aleš Vávra</a></div>",
            ("Aleš Vávra",),
        ),
        (
            "pl",
            "<div class='x3b7'><a href='/autorzy/jan-kowalski'>Jan Kowalski</a></div>",
            ("Jan Kowalski",),
        ),
        # The author box's link to the writer's other stories names the writer after it.
        (
            "de",
            "<div class='a81c2e'><a href='/autoren/tanja-karrasch'>Alle Artikel von "
            "Tanja Karrasch</a></div>",
            ("Tanja Karrasch",),
        ),
        (
            "it",
            "<div class='a81c2e'><a href='/autori/mario-rossi'>Tutti gli articoli di "
            "Mario Rossi</a></div>",
            ("Mario Rossi",),
        ),
    ],
)
def test_a_writers_link_where_class_names_are_generated(
    lang: str, byline: str, expected: tuple[str, ...]
) -> None:
    assert _authors(lang, byline) == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("zh", "作者：张伟", ("张伟",)),
        ("ja", "筆者：山田太郎", ("山田太郎",)),
        # The responsible editor is no writer.
        ("zh", "责任编辑：刘洋", ()),
    ],
)
def test_the_writers_label_in_chinese_and_japanese(
    lang: str, line: str, expected: tuple[str, ...]
) -> None:
    assert _authors(lang, _dated(line, "2026.12.04 14:35")) == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("uk", "Джерело: Укрінформ", ("Укрінформ",)),
        ("ru", "Источник: ТАСС", ("ТАСС",)),
        ("zh", "来源：新华社", ("新华社",)),
        # A source that is no wire agency is not the byline.
        ("ru", "Источник: пресс-служба мэрии", ()),
    ],
)
def test_the_wire_agency_named_as_the_source_after_the_text(
    lang: str, line: str, expected: tuple[str, ...]
) -> None:
    page = _page(lang).replace("</div></article>", f"<p>{line}</p></div></article>")
    assert extract(page, "https://novini.example/politika/budget").authors == expected


@pytest.mark.parametrize(
    ("lang", "label"), [("no", "Publisert"), ("da", "Opdateret"), ("fi", "Julkaistu")]
)
def test_the_publication_label_beside_an_agency_is_no_name(lang: str, label: str) -> None:
    # The agency's byline, then the date line under it opening with its label.
    byline = (
        "<div class='byline-wrapper'><div class='byline'><span class='byline__name'>NTB</span>"
        f"</div><div class='dates'><span>{label} <time datetime='2026-12-04T14:35:00+01:00'>"
        "04.12.2026 14:35</time></span> <span>Sist oppdatert <time "
        "datetime='2026-12-04T16:02:00+01:00'>04.12.2026 16:02</time></span></div></div>"
    )
    assert _authors(lang, byline, author={"@type": "Organization", "name": "NTB"}) == ("NTB",)
