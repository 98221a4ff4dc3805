"""Article text the HTML hides (paywall teasers) or only embeds as data (JSON)."""

from __future__ import annotations

import json

import pytest

from scrape.extraction.extractor import extract

LEAD = (
    "<p>Der Stadtrat hat am Dienstag den Ausbau des Hafens beschlossen, nach einer langen "
    "Debatte über Kosten und Zeitplan.</p>"
)
REST = "".join(
    f"<p>Absatz {n}: Die Arbeiten sollen im Frühjahr beginnen und drei Jahre dauern, "
    "wie die Verwaltung mitteilte. Anwohner hatten zuvor Bedenken geäußert.</p>"
    for n in range(1, 7)
)


def _page(body: str, head: str = "", title: str = "Hafen wird ausgebaut") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        f"<header><nav><a href='/'>Start</a></nav></header>{body}</body></html>"
    )


def test_hidden_paywall_text_after_the_lead_is_article_text() -> None:
    body = (
        f"<article><h1>Hafen wird ausgebaut</h1>{LEAD}"
        f"<div class='paywall' hidden>{REST}</div>"
        "<div class='paywall-offer'><p>Jetzt weiterlesen mit Abo</p></div></article>"
    )
    text = extract(_page(body), "https://zeitung.example/lokales/hafen-123.html").body
    assert "Absatz 1: Die Arbeiten" in text
    assert "Absatz 6: Die Arbeiten" in text
    assert text.index("Der Stadtrat") < text.index("Absatz 1")


# A paywall's offer between the teaser and the rest of the text sent hidden: its button a
# plain link that says "subscribe" in the page's language or leads to the subscription.
_OFFERS = {
    "pt": (
        "<p>Assine O Diário e tenha acesso ilimitado a todas as notícias</p>"
        "<a href='https://assinatura.diario.example/?origem=paywall'>Assine por R$ 1,90 no "
        "primeiro mês</a> <a href='/login'>Já sou assinante</a>",
        "Assine O Diário",
    ),
    "uk": (
        "<p>Оформіть передплату, щоб читати всі матеріали без обмежень.</p>"
        "<a class='paywall-block__btn' href='/ukr/subscribe/'>Оформити передплату</a> "
        "<a href='/ukr/login/'>Я вже передплатник</a>",
        "Оформіть передплату",
    ),
    "de": (
        "<b>Gegen den Strom</b><p>Die Zeitung finanziert sich zum größten Teil über "
        "Abonnements. Jetzt drei Wochen lang kostenlos testen.</p>"
        "<a href='/abo/probeabo/'>Jetzt Probeabo bestellen</a>",
        "finanziert sich zum größten Teil",
    ),
}


@pytest.mark.parametrize("lang", sorted(_OFFERS))
def test_a_paywalls_offer_between_the_teaser_and_the_hidden_rest_goes(lang: str) -> None:
    offer, words = _OFFERS[lang]
    body = (
        f"<article><h1>Hafen wird ausgebaut</h1>{LEAD}<div class='offer-box'>{offer}</div>"
        f"<div class='article_body' style='display:none'>{REST}</div></article>"
    )
    text = extract(_page(body), "https://zeitung.example/lokales/hafen-123.html").body
    assert "Der Stadtrat" in text
    assert "Absatz 6: Die Arbeiten" in text
    assert words not in text


def test_hidden_paywall_text_with_display_none_in_english() -> None:
    lead = (
        "<p>The council approved the harbour expansion on Tuesday after a long debate "
        "about costs and timing.</p>"
    )
    rest = "".join(
        f"<p>Part {n}: work is due to begin in spring and will take three years, the "
        "city said on Tuesday evening.</p>"
        for n in range(1, 7)
    )
    body = (
        f"<article><h1>Harbour expansion approved</h1><div class='lead'>{lead}</div>"
        f"<div class='article-rest' style='display: none'>{rest}</div></article>"
    )
    text = extract(_page(body, title="Harbour expansion approved"), "https://n.example/a").body
    assert "Part 6: work is due" in text


_SHOWN = (
    "<p>Im Zentrum der Debatte standen die Kosten. Die Verwaltung rechnet mit 40 Millionen "
    "Euro, von denen das Land knapp die Hälfte übernehmen soll, wie es in der Vorlage heißt."
    "</p><p>Die Opposition wollte das Vorhaben um ein Jahr verschieben und beantragte ein "
    "zusätzliches Gutachten zu den Folgen für den Verkehr in den angrenzenden Vierteln.</p>"
)


def test_hidden_rest_also_hidden_from_screen_readers_is_article_text() -> None:
    # The rest after the offer, hidden from sight and from screen readers alike
    # (aria-hidden, which trafilatura drops): the subscriber's text all the same.
    body = (
        f"<article><h1>Hafen wird ausgebaut</h1>{LEAD}{_SHOWN}<div class='paywall'>"
        "<div class='paywall__teaser'><p>Weiterlesen mit Abo: unabhängiger Journalismus aus "
        "der Region ab 14 Franken im Monat.</p><a href='/abo'>Jetzt abonnieren</a></div>"
        f"<div class='paywall__content' style='display:none' aria-hidden='true'>{REST}</div>"
        "</div></article>"
    )
    text = extract(_page(body), "https://zeitung.example/lokales/hafen-123.html").body
    assert "Absatz 1: Die Arbeiten" in text
    assert "Absatz 6: Die Arbeiten" in text


def test_hidden_modal_after_a_paragraph_stays_out() -> None:
    terms = "<p>" + "Republish our stories for free under these terms and conditions. " * 5
    modal = f"<div role='dialog' hidden>{terms}</p>{terms}</p></div>"
    body = f"<article><h1>Hafen wird ausgebaut</h1>{LEAD}{REST}{modal}</article>"
    text = extract(_page(body), "https://zeitung.example/lokales/hafen-123.html").body
    assert "Absatz 6" in text
    assert "Republish our stories" not in text


def test_article_body_only_in_json_ld_is_recovered() -> None:
    paragraphs = [
        "Le conseil municipal a approuvé mardi l'agrandissement du port, après un long débat.",
        "Les travaux doivent commencer au printemps et durer trois ans, selon la mairie.",
        "Des riverains avaient exprimé des inquiétudes sur le bruit et la circulation.",
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Le port sera agrandi",
        "articleBody": "\n\n".join(paragraphs * 3),
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = "<div id='root'><h1>Le port sera agrandi</h1><p>Chargement…</p></div>"
    text = extract(_page(body, head, "Le port sera agrandi"), "https://journal.example/port").body
    assert "Les travaux doivent commencer au printemps" in text
    assert "Chargement" not in text


def test_article_only_in_next_data_is_recovered() -> None:
    blocks = [
        {
            "type": "paragraph",
            "text": f"Paragraph {n}: the harbour board met on Tuesday and "
            "approved the plan to widen the eastern quay before the summer season.",
        }
        for n in range(1, 6)
    ]
    state = {
        "props": {
            "pageProps": {
                "article": {"title": "Quay to be widened", "blocks": blocks},
                "related": [{"title": "Other story", "teaser": "Short teaser text."}],
            }
        }
    }
    body = (
        "<div id='__next'><h1>Quay to be widened</h1></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    )
    text = extract(_page(body, title="Quay to be widened"), "https://port.example/quay").body
    assert "Paragraph 1: the harbour board" in text
    assert "Paragraph 5: the harbour board" in text
    assert "Short teaser text" not in text


def _next_data(state: object) -> str:
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'


QUAY = [
    f"Paragraph {n}: the harbour board met on Tuesday and approved the plan to widen the "
    "eastern quay before the summer season."
    for n in range(1, 6)
]


def _shell(state_script: str, lead: str = "") -> str:
    # What the HTML shows before the scripts run: the headline, the lead, placeholders.
    return (
        f"<article><h1>Quay to be widened</h1><p class='lead'>{lead}</p>"
        "<div class='skeleton'></div><div class='skeleton'></div></article>"
        f"{state_script}"
    )


def test_a_records_text_told_in_sections_of_rich_text_spans_is_read_in_full() -> None:
    # A rich-text editor's blocks: each paragraph's text in spans ({"children": [{"text"}]}),
    # the paragraphs in sections of their own.
    def block(text: str) -> dict[str, object]:
        return {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": text}]}

    sections = [
        {"_type": "section", "title": f"Part {n}", "body": [block(QUAY[n]), block(QUAY[n + 2])]}
        for n in range(2)
    ]
    state = {
        "props": {
            "pageProps": {"article": {"headline": "Quay to be widened", "sections": sections}}
        }
    }
    text = extract(_page(_shell(_next_data(state))), "https://port.example/quay").body
    for paragraph in QUAY[:4]:
        assert paragraph in text


def test_a_markdown_syntax_trees_paragraphs_are_read_in_full() -> None:
    # Markdown's syntax tree (mdast): each paragraph's text in "value" spans, links and
    # emphasis nesting spans of their own, in zones that name no title of the page.
    def paragraph(text: str) -> dict[str, object]:
        head, tail = text.split(" the plan ")
        return {
            "type": "paragraph",
            "children": [
                {"type": "text", "value": f"{head} "},
                {
                    "type": "link",
                    "url": "/plan",
                    "children": [{"type": "text", "value": "the plan"}],
                },
                {"type": "emphasis", "children": [{"type": "text", "value": f" {tail}"}]},
            ],
        }

    zones = [
        {"type": "zone", "identifier": "TITLE", "children": [{"type": "heading", "children": []}]},
        {"type": "zone", "identifier": "CENTER", "children": [paragraph(p) for p in QUAY]},
    ]
    state = {"props": {"pageProps": {"document": {"content": {"type": "root", "children": zones}}}}}
    text = extract(_page(_shell(_next_data(state))), "https://port.example/quay").body
    for paragraph_text in QUAY:
        assert paragraph_text in text


def test_a_records_text_blocks_holding_their_html_are_read_in_full() -> None:
    lead = "The board voted six to one after a debate on costs that went on for hours."
    blocks: list[dict[str, object]] = [
        {"type": "text", "data": {"html": f"<p>{t}</p>"}} for t in QUAY
    ]
    blocks.insert(2, {"type": "video", "data": {"provider": "vk", "caption": "The quay at dawn."}})
    state = {
        "props": {
            "pageProps": {"news": {"title": "Quay to be widened", "lead": lead, "blocks": blocks}}
        }
    }
    text = extract(_page(_shell(_next_data(state), lead)), "https://port.example/quay").body
    assert text.startswith("The board voted")
    for paragraph in QUAY:
        assert paragraph in text


def test_a_state_a_script_assigns_to_the_platforms_global_is_read() -> None:
    # Arc XP: "Fusion.globalContent={...};", the headline under "headlines".
    lead = "The board voted six to one after a debate on costs that went on for hours."
    story = {
        "type": "story",
        "headlines": {"basic": "Quay to be widened"},
        "content_elements": [{"type": "text", "content": t} for t in QUAY],
    }
    script = (
        "<script>window.Fusion=window.Fusion||{};Fusion.arcSite='port';"
        f"Fusion.globalContent={json.dumps(story)};Fusion.lastModified=1710000000;</script>"
    )
    text = extract(_page(_shell(script, lead)), "https://port.example/quay").body
    for paragraph in QUAY:
        assert paragraph in text


def test_the_state_s_record_of_the_article_gives_its_lead_and_every_paragraph() -> None:
    # The HTML shows the kicker, headline and lead (more than an empty page's few words);
    # the record naming the headline holds the lead and the paragraphs, one of them short.
    lead = "The board voted six to one after a debate on costs that went on for hours."
    blocks = [{"type": "paragraph", "text": t} for t in QUAY[:3]]
    blocks += [{"type": "related", "title": "Read also: Ferry fares rise.", "href": "/f"}]
    blocks += [{"type": "paragraph", "text": "Work starts in May."}]
    state = {
        "props": {
            "pageProps": {
                "article": {"title": "Quay to be widened", "lead": lead, "body": blocks},
                "teasers": [{"title": "Other story", "teaser": "Other teaser text. " * 5}],
            }
        }
    }
    body = (
        "<div id='__next'><p class='kicker'>Harbour</p><h1>Quay to be widened</h1>"
        f"<p class='lead'>{lead}</p><p>Dieser Beitrag steht unter einer Creative-Commons-"
        "Lizenz und darf mit Nennung der Autorin weiterverwendet werden.</p></div>"
        + _next_data(state)
    )
    text = extract(_page(body, title="Quay to be widened"), "https://port.example/quay").body
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == lead
    assert "Paragraph 3: the harbour board" in text and paragraphs[-1] == "Work starts in May."
    assert "Ferry fares" not in text and "Other teaser" not in text


def test_a_paywall_teaser_gives_way_to_the_full_text_of_the_state_s_record() -> None:
    # Two paragraphs shown (over a hundred words), the record holding all of them as HTML.
    shown = "".join(f"<p>{t} It was the longest meeting of the year.</p>" for t in QUAY[:2])
    full = "".join(f"<p>{t} It was the longest meeting of the year.</p>" for t in QUAY)
    state = {"props": {"pageProps": {"story": {"headline": "Quay to be widened", "body": full}}}}
    body = (
        f"<article><h1>Quay to be widened</h1>{shown}<div class='paywall'>Subscribe to read "
        "on.</div></article>" + _next_data(state)
    )
    text = extract(_page(body, title="Quay to be widened"), "https://port.example/quay").body
    assert "Paragraph 1: the harbour board" in text and "Paragraph 5: the harbour board" in text


def test_a_state_naming_no_record_of_the_article_leaves_the_html_text() -> None:
    shown = "".join(f"<p>{t} It was the longest meeting of the year.</p>" for t in QUAY[:2])
    other = "".join(f"<p>{t}</p>" for t in QUAY).replace("harbour board", "ferry company")
    state = {"props": {"pageProps": {"story": {"headline": "Ferries sold", "body": other}}}}
    body = f"<article><h1>Quay to be widened</h1>{shown}</article>" + _next_data(state)
    text = extract(_page(body, title="Quay to be widened"), "https://port.example/quay").body
    assert "Paragraph 2: the harbour board" in text and "ferry company" not in text


def test_the_records_of_other_pages_a_listing_s_record_holds_are_not_its_text() -> None:
    # A tag page's record names its heading and lists other stories, each with its address
    # and its own paragraphs: none of them is the page's text.
    assets = [
        {
            "headline": f"Story {n}",
            "url": f"/story/{n}",
            "text": [{"type": "p", "text": t} for t in QUAY],
        }
        for n in range(3)
    ]
    state = {"props": {"pageProps": {"page": {"headline": "Quay news", "taggedAssets": assets}}}}
    shown = "<p>Stories about the quay, the harbour board and the summer season.</p>"
    body = f"<main><h1>Quay news</h1>{shown}</main>" + _next_data(state)
    text = extract(_page(body, title="Quay news"), "https://port.example/tag/quay/").body
    assert "Paragraph 1" not in text


def test_html_article_text_is_not_replaced_by_embedded_data() -> None:
    ld = {"@type": "NewsArticle", "headline": "x", "articleBody": "Other text entirely. " * 80}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = f"<article><h1>Hafen wird ausgebaut</h1>{LEAD}{REST}</article>"
    text = extract(_page(body, head), "https://zeitung.example/lokales/hafen-123.html").body
    assert "Absatz 3" in text
    assert "Other text entirely" not in text


def test_short_hidden_appeal_after_a_paragraph_stays_hidden() -> None:
    appeal = (
        "<div class='support' style='display:none'><p>Wenn Ihnen unser Artikel gefallen hat: "
        "Unterstützen Sie diese Form des Journalismus.</p><p>Guten Journalismus gibt es nicht "
        "umsonst. Deshalb freuen wir uns, wenn unsere Arbeit Ihnen etwas wert ist.</p></div>"
    )
    body = f"<article><h1>Hafen wird ausgebaut</h1>{LEAD}{appeal}{REST}</article>"
    text = extract(_page(body), "https://zeitung.example/lokales/hafen-123.html").body
    assert "Absatz 6" in text
    assert "Unterstützen Sie" not in text


def test_interface_messages_in_state_data_are_not_article_text() -> None:
    messages = {
        f"message{n}": f"Message {n}: click the button to receive emails about your reviews, "
        "tips and new features. You can opt out at any time."
        for n in range(6)
    }
    state = {"props": {"pageProps": {"translations": messages}}}
    review = (
        "<p>I cannot thank them enough. What a fantastic idea, and the meals arrive fresh "
        "every week, so I no longer wander around the supermarket hoping for ideas.</p>"
        "<p>The recipes are easy to follow and my children now help with the cooking on most "
        "evenings, which none of us expected.</p>"
    )
    body = (
        f"<main><h1>Review of the meal box</h1>{review}</main>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    )
    text = extract(_page(body, title="Review of the meal box"), "https://reviews.example/r").body
    assert "I cannot thank them enough" in text
    assert "Message 1" not in text


def _declared(selector: str, free: object = False) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Hafen wird ausgebaut",
        "isAccessibleForFree": free,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": free,
            "cssSelector": selector,
        },
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# A short rest of the text behind the paywall: under the length an undeclared hidden block
# needs to count as the article's.
SHORT_REST = {
    "nl": (
        "<p>De minister erkent dat het doel dit jaar niet wordt gehaald.</p>"
        "<p>De Tweede Kamer debatteert volgende week over de plannen.</p>"
    ),
    "el": (
        "<p>Η Πολιτική Προστασία έχει θέσει σε επιφυλακή όλες τις υπηρεσίες.</p>"
        "<p>Οι κάτοικοι μπορούν να ενημερώνονται από την ιστοσελίδα.</p>"
    ),
}


def test_hidden_part_declared_paywalled_is_article_text_however_short() -> None:
    for lang, rest in SHORT_REST.items():
        for hidden in ("style='display:none' aria-hidden='true'", "hidden"):
            body = (
                f"<article><h1>Hafen wird ausgebaut</h1>{LEAD}"
                "<div class='offer'><p>Lees verder met een abonnement</p></div>"
                f"<div class='premium-rest' {hidden}>{rest}</div></article>"
            )
            page = _page(body, head=_declared(".premium-rest"))
            text = extract(page, "https://zeitung.example/lokales/hafen-123.html").body
            first = rest.split("</p>")[0].removeprefix("<p>")
            assert first in text, (lang, hidden)
            assert text.index("Der Stadtrat") < text.index(first)


def test_hidden_part_not_declared_paywalled_stays_hidden() -> None:
    rest = SHORT_REST["nl"]
    body = (
        f"<article><h1>Hafen wird ausgebaut</h1>{LEAD}"
        f"<div class='premium-rest' style='display:none'>{rest}</div></article>"
    )
    # A free part, or a speakable selector: neither says the hidden text is the article's.
    for head in (_declared(".premium-rest", free=True), ""):
        text = extract(_page(body, head=head), "https://zeitung.example/a/hafen-123.html").body
        assert "De minister" not in text


def test_hidden_text_inside_the_part_declared_paywalled_is_article_text() -> None:
    # The declared part wraps the hidden rest of the text and the visible offer; a hidden
    # login form beside them is no text of the article.
    body = (
        f"<article><h1>Hafen wird ausgebaut</h1>{LEAD}<div class='premium'>"
        f"<div class='premium__content' style='display:none' aria-hidden='true'>"
        f"{SHORT_REST['nl']}</div>"
        "<div class='premium__login' hidden><label>E-Mail</label><span>Passwort vergessen?</span>"
        "</div>"
        "<div class='premium__offer'><p>Dieser Artikel ist nur für Abonnenten verfügbar.</p>"
        "</div></div></article>"
    )
    text = extract(_page(body, head=_declared(".premium")), "https://zeitung.example/a/1.html").body
    assert "De minister erkent" in text and "De Tweede Kamer" in text
    assert "Passwort vergessen" not in text


def test_blocks_whose_type_is_an_object_are_read_like_any_other() -> None:
    # {"type": {"name": "paragraph"}, ...}: a kind that is no string still sorts the blocks.
    blocks = [{"type": {"name": "paragraph"}, "text": t} for t in QUAY]
    blocks.append({"type": {"name": "paragraph"}, "text": "Work starts in May."})
    state = {"props": {"pageProps": {"article": {"title": "Quay to be widened", "body": blocks}}}}
    body = "<div id='__next'><h1>Quay to be widened</h1></div>" + _next_data(state)
    text = extract(_page(body, title="Quay to be widened"), "https://port.example/quay").body
    assert "Paragraph 5: the harbour board" in text and text.endswith("Work starts in May.")
