"""When trafilatura comes up short on the pruned page, it is asked again on the untouched
page; where prune kept the main text it found, that answer brings back only the pruned
page's text (never the teasers, boxes and bios prune removed), and where prune removed the
main text with the furniture (a forum's posts, a live ticker classed as comments), the
untouched page's answer is taken whole."""

from __future__ import annotations

import pytest

from scrape.extraction import extractor
from scrape.extraction.body import blocks_within, main_text
from scrape.extraction.dom import text_units

# Per language: the headline, the article's paragraphs, teasers of other posts (a title
# and its excerpt each).
_PAGES = {
    "de": (
        "Alte Brücke wird abgerissen",
        [
            "Die Stadt hat am Dienstag beschlossen, die alte Brücke über den Fluss im kommenden "
            "Frühjahr abzureißen und durch einen Neubau zu ersetzen, der auch Radfahrern Platz "
            "bietet.",
            "Nach Angaben der Verwaltung ist die Brücke seit Jahren marode; ein Gutachten hatte "
            "im vergangenen Herbst gravierende Schäden an den Pfeilern festgestellt.",
            "Der Neubau soll rund zwölf Millionen Euro kosten, von denen das Land etwa die "
            "Hälfte übernimmt, wie der Bürgermeister auf der Sitzung mitteilte.",
            "Während der Bauzeit wird eine Behelfsbrücke für Fußgänger errichtet; Autos müssen "
            "einen Umweg über die Umgehungsstraße im Süden der Stadt nehmen.",
        ],
        [
            (
                "Neue Buslinie startet im Mai",
                "Ab Mai fährt eine neue Buslinie vom Bahnhof bis zum Gewerbegebiet im Norden "
                "der Stadt, teilte der Verkehrsverbund am Montag mit.",
            ),
            (
                "Freibad öffnet früher",
                "Das Freibad am Stadtpark öffnet in diesem Jahr schon Anfang Mai, weil die "
                "Sanierung des Beckens schneller abgeschlossen wurde.",
            ),
            (
                "Stadtfest mit neuem Programm",
                "Beim Stadtfest im Juli treten erstmals auch Bands aus der Partnerstadt auf; "
                "der Eintritt bleibt für alle Besucher frei.",
            ),
        ],
    ),
    "tr": (
        "Eski köprü yıkılıyor",
        [
            "Belediye meclisi salı günü, nehir üzerindeki eski köprünün önümüzdeki ilkbaharda "
            "yıkılmasına ve yerine bisikletlilere de yer açacak yeni bir köprü yapılmasına "
            "karar verdi.",
            "Belediyenin açıklamasına göre köprü yıllardır bakımsız; geçen sonbaharda yapılan "
            "bir inceleme ayaklarda ciddi hasar olduğunu ortaya koymuştu.",
            "Yeni köprünün yaklaşık on iki milyon liraya mal olması bekleniyor ve bunun "
            "yarısını bakanlığın karşılayacağı belirtildi.",
            "İnşaat süresince yayalar için geçici bir köprü kurulacak, araçlar ise şehrin "
            "güneyindeki çevre yolunu kullanmak zorunda kalacak.",
        ],
        [
            (
                "Yeni otobüs hattı mayısta başlıyor",
                "Mayıs ayından itibaren garla kuzeydeki sanayi bölgesi arasında yeni bir "
                "otobüs hattı çalışacak, ulaşım şirketi pazartesi duyurdu.",
            ),
            (
                "Açık yüzme havuzu erken açılıyor",
                "Şehir parkındaki açık havuz bu yıl mayıs başında açılıyor, çünkü havuzun "
                "yenilenmesi planlanandan önce tamamlandı.",
            ),
            (
                "Şehir festivalinde yeni program",
                "Temmuzdaki şehir festivalinde ilk kez kardeş şehirden gruplar da sahne "
                "alacak ve giriş herkes için ücretsiz olacak.",
            ),
        ],
    ),
    "id": (
        "Jembatan tua akan dibongkar",
        [
            "Pemerintah kota pada hari Selasa memutuskan untuk membongkar jembatan tua di atas "
            "sungai pada musim semi mendatang dan menggantinya dengan jembatan baru yang juga "
            "memberi ruang bagi pesepeda.",
            "Menurut pemerintah kota, jembatan itu sudah bertahun-tahun rusak; sebuah kajian "
            "pada musim gugur lalu menemukan kerusakan serius pada tiang-tiangnya.",
            "Jembatan baru diperkirakan menelan biaya sekitar dua belas miliar rupiah, dan "
            "separuhnya akan ditanggung oleh pemerintah provinsi, kata wali kota.",
            "Selama pembangunan, jembatan darurat akan dipasang untuk pejalan kaki, sementara "
            "mobil harus memutar melalui jalan lingkar di selatan kota.",
        ],
        [
            (
                "Rute bus baru mulai Mei",
                "Mulai Mei, rute bus baru akan melayani stasiun hingga kawasan industri di "
                "utara kota, kata operator transportasi pada hari Senin.",
            ),
            (
                "Kolam renang dibuka lebih awal",
                "Kolam renang di taman kota tahun ini dibuka awal Mei karena renovasi kolam "
                "selesai lebih cepat dari rencana semula.",
            ),
            (
                "Festival kota dengan program baru",
                "Pada festival kota bulan Juli, untuk pertama kalinya band dari kota kembar "
                "akan tampil dan masuknya tetap gratis.",
            ),
        ],
    ),
}


def _page(language: str, entries: str = "") -> str:
    """The article page; ``entries``: the class of an element around each two paragraphs."""
    headline, paragraphs, teasers = _PAGES[language]
    if entries:
        text = "".join(
            f'<div class="{entries}"><p>{paragraphs[i]}</p><p>{paragraphs[i + 1]}</p></div>'
            for i in range(0, len(paragraphs), 2)
        )
    else:
        text = "".join(f"<p>{p}</p>" for p in paragraphs)
    cards = "".join(
        f'<div class="c{i}"><h3><a href="/news/{i}">{title}</a></h3><p>{excerpt}</p></div>'
        for i, (title, excerpt) in enumerate(teasers)
    )
    return (
        f'<html lang="{language}"><head><title>{headline}</title></head><body><div id="page">'
        f'<div class="post"><h1>{headline}</h1><div class="entry">{text}</div></div>'
        f'<div class="next">{cards}</div></div></body></html>'
    )


def _short_first_pass(monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    """trafilatura's container choice flipping on the pruned page: its first answer is the
    article's first paragraph; on the untouched page it returns the article and the
    teasers below it."""
    headline, paragraphs, teasers = _PAGES[language]
    calls: list[str] = []

    def answer(html: str, url: str | None, fast: bool) -> list[str]:
        calls.append(html)
        if len(calls) == 1:
            return paragraphs[:1]
        return [headline, *paragraphs, *(excerpt for _title, excerpt in teasers)]

    monkeypatch.setattr(main_text, "trafilatura_blocks", answer)


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_the_retry_brings_back_the_text_not_the_teasers_prune_removed(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    _short_first_pass(monkeypatch, language)
    _headline, paragraphs, teasers = _PAGES[language]
    body = extractor.extract(_page(language), f"https://example.org/{language}/news/1").body
    for paragraph in paragraphs:
        assert paragraph in body
    for _title, excerpt in teasers:
        assert excerpt not in body


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_where_prune_removed_the_main_text_the_retry_is_taken_whole(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    # Entries classed as comments (a forum's posts, a live ticker's) go with the comment
    # threads: the untouched page's answer is all there is of them.
    _short_first_pass(monkeypatch, language)
    _headline, paragraphs, _teasers = _PAGES[language]
    page = _page(language, entries="live-comment")
    body = extractor.extract(page, f"https://example.org/{language}/news/1").body
    for paragraph in paragraphs:
        assert paragraph in body


def test_blocks_within_keeps_what_the_page_holds() -> None:
    from selectolax.lexbor import LexborHTMLParser

    root = LexborHTMLParser(
        "<body><p>The council met on Tuesday to vote on the bridge.</p><p>Share</p>"
        "<p>它说，新桥将在明年春天开工建设。</p></body>"
    ).body
    assert root is not None
    units = text_units(root)
    blocks = [
        "The council met on Tuesday to vote on the bridge.",
        "The council met",  # a short line inside a paragraph: not the page's own line
        "Share",
        "它说，新桥将在明年春天开工建设。",
        "A teaser of another story that this page does not hold at all.",
    ]
    assert blocks_within(blocks, units) == [blocks[0], blocks[2], blocks[3]]


def test_with_no_answer_on_the_pruned_page_the_retry_is_taken_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The pruned page's answer is empty, and all the untouched page gives is text prune
    # removed: it is still more than nothing (and lets the date search run on a body).
    _headline, _paragraphs, teasers = _PAGES["de"]
    excerpts = [excerpt for _title, excerpt in teasers]
    calls: list[str] = []

    def answer(html: str, url: str | None, fast: bool) -> list[str]:
        calls.append(html)
        return [] if len(calls) == 1 else excerpts

    monkeypatch.setattr(main_text, "trafilatura_blocks", answer)
    body = extractor.extract(_page("de"), "https://example.org/de/news/1").body
    assert excerpts[0] in body
