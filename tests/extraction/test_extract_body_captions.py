"""A picture's caption tells what the picture shows, not the story: it is no part of the body,
whether the page sets it in a <figcaption> or in a block its theme classes as a caption, and
however long it runs. The paragraphs around the picture stay."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

_STORY = {
    "en": (
        "The council voted on Tuesday to close the old harbour bridge to cars from March, "
        "after engineers found that two of its piers had moved since the winter floods.",
        "Workers inspect the cracked pier of the harbour bridge on Monday morning.",
    ),
    "de": (
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab März für Autos zu "
        "sperren, nachdem Ingenieure festgestellt hatten, dass sich zwei Pfeiler bewegt haben.",
        "Arbeiter untersuchen am Montagmorgen den beschädigten Pfeiler der Hafenbrücke.",
    ),
    "fr": (
        "Le conseil municipal a décidé mardi de fermer le vieux pont du port aux voitures dès "
        "mars, après que les ingénieurs ont constaté que deux de ses piles avaient bougé.",
        "Des ouvriers inspectent lundi matin la pile fissurée du pont du port.",
    ),
    "es": (
        "El ayuntamiento decidió el martes cerrar al tráfico el viejo puente del puerto a partir "
        "de marzo, después de que los ingenieros comprobaran que dos de sus pilares se movieron.",
        "Unos operarios revisan el lunes por la mañana el pilar dañado del puente del puerto.",
    ),
}

_MORE = "".join(
    f"<p>Paragraph {i}: residents will have to take the ferry or the long road round the bay "
    f"for at least {i + 2} months while the piers are rebuilt, the council said.</p>"
    for i in range(5)
)

# How themes set a caption: the HTML element, WordPress's classic caption, a theme's class.
_FIGURES = {
    "figcaption": "<figure><img src='/pier.jpg' alt=''><figcaption>{caption}</figcaption></figure>",
    "wp-caption": (
        "<div class='wp-caption aligncenter'><img src='/pier.jpg' alt=''>"
        "<p class='wp-caption-text'>{caption}</p></div>"
    ),
    "theme class": (
        "<div class='article-image'><img src='/pier.jpg' alt=''>"
        "<div class='image-caption'><p>{caption}</p></div></div>"
    ),
    "camel-case class": (
        "<div class='storyPhoto'><img src='/pier.jpg' alt=''>"
        "<div class='photoCaption'>{caption}</div></div>"
    ),
    # An older layout's table: the picture in one row, its caption in the next.
    "table row": (
        "<table class='view_img'><tr><td><img src='/pier.jpg' alt=''></td></tr>"
        "<tr><td class='view_img_caption'>{caption}</td></tr></table>"
    ),
    # The class run on after the picture's name, in lower case.
    "glued class": (
        "<div class='photo-area'><img src='/pier.jpg' alt=''><div class='photocredit'>Ida Berg"
        "</div><div class='photocaption'>{caption}</div></div>"
    ),
    # The caption and its credit in a box of their own, beside the picture's box.
    "box beside the picture's": (
        "<div class='photo-captioned'><div class='photo-captioned__image'>"
        "<img src='/pier.jpg' alt=''></div><div class='photo-captioned__information'>"
        "<div class='caption'><p>{caption}</p></div><div class='credit'>Photo: Ida Berg</div>"
        "</div></div>"
    ),
    # A box beside the picture, classed as nothing in particular, its last line the credit.
    "credited box": (
        "<div class='mediaCon'><img src='/pier.jpg' alt=''><div class='subtitle'>"
        "<p class='mediaTitle'>{caption}</p><p class='copyright'>Bildrechte: MDR/Tilo "
        "Ebersbach</p></div></div>"
    ),
    # One line beside the picture, its credit after its last sentence, in hashed classes.
    "credit after the line": (
        "<div class='css-k008qs'><img src='/pier.jpg' alt=''><span class='css-1x9zltl'>"
        "{caption} Source: AAP / Ida Berg</span></div>"
    ),
    # ... or with a word for what it says of the picture ("image-desc", "picinfo").
    "picture's description": (
        "<div class='image-area'><img src='/pier.jpg' alt=''><p class='image-desc'>{caption}"
        "</p></div>"
    ),
    "media's description": (
        "<div class='media-container'><img src='/pier.jpg' alt=''><p "
        "class='nd-media-description'>{caption} <span class='credit'>Especial</span></p></div>"
    ),
    "picture's info": (
        "<div class='fullPic'><img src='/pier.jpg' alt=''><div class='picinfo'>{caption}"
        "</div></div>"
    ),
    # The picture's title, in an editor's box ("editor-img-tit").
    "picture's title": (
        "<div class='editor-img-box'><img src='/pier.jpg' alt=''><p class='editor-img-tit'>"
        "{caption}</p></div>"
    ),
    # A BEM element of the picture's block, the block named in a compound word.
    "element of the picture's block": (
        "<div class='media'><div class='absatzbild'><img src='/pier.jpg' alt=''></div>"
        "<p class='absatzbild__info__text'>{caption}</p></div>"
    ),
    # The word for a caption in the site's language ("légende", "didascalia").
    "caption in the site's language": (
        "<div class='photo'><img src='/pier.jpg' alt=''><span class='photo__legende'>"
        "{caption}</span></div>"
    ),
    # German themes' short class for the caption ("bu": Bildunterschrift).
    "short German class": (
        "<div class='bild'><img src='/pier.jpg' alt=''><div class='bu'>{caption}</div></div>"
    ),
    # A box of text alone beside the picture, no class saying so, its credit last.
    "text box with its credit": (
        "<div class='bild_gross'><img src='/pier.jpg' alt=''><div class='zeile'>{caption} "
        "Fotos: O|N/Ida Berg</div></div>"
    ),
    # A player no class names, known by its data, and its title line.
    "player by its data": (
        "<div class='_2vId0o'><div class='_1vPl4y' data-video='ct24-349118'></div>"
        "<p class='_3vCp1t'>{caption}</p></div>"
    ),
    # A player a script fills in, its title and its caption beside it: the caption runs
    # longer than a player's title line.
    "scripted player with title and caption": (
        "<div class='video-wrapper'><div class='anvplayer' data-video-id='9315524'></div>"
        "<p class='video-title'>Harbour bridge to close</p><p class='video-caption'>{caption} "
        "Our reporter Ida Berg has the story from the pier, where residents gathered.</p></div>"
    ),
    # A video player's frame (dropped with the other embeds) and its caption.
    "video frame": (
        "<div class='video-embed'><iframe src='https://video.example/embed/9'></iframe>"
        "<p class='caption'>{caption}</p></div>"
    ),
}


def _page(paragraph: str, figure: str, lang: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<title>Harbour bridge to close</title></head><body><main><article>"
        f"<h1>Harbour bridge to close</h1><p>{paragraph}</p>{figure}{_MORE}"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize("shape", sorted(_FIGURES))
@pytest.mark.parametrize("lang", sorted(_STORY))
def test_a_caption_is_no_part_of_the_body(lang: str, shape: str) -> None:
    paragraph, caption = _STORY[lang]
    body = extract(_page(paragraph, _FIGURES[shape].format(caption=caption), lang), None).body
    assert paragraph in body
    assert "Paragraph 4:" in body
    assert caption not in body


def test_a_figure_holding_the_story_keeps_it() -> None:
    # Some themes wrap the whole story in a <figure>-like block named "caption" by a page
    # builder: it holds the main text, and the text stays.
    paragraph, _caption = _STORY["en"]
    story = f"<div class='caption-wrapper'><p>{paragraph}</p>{_MORE}</div>"
    page = (
        "<!DOCTYPE html><html lang='en'><head><title>Harbour bridge to close</title></head>"
        f"<body><main><article><h1>Harbour bridge to close</h1>{story}</article></main>"
        "</body></html>"
    )
    body = extract(page, None).body
    assert paragraph in body
    assert "Paragraph 4:" in body


@pytest.mark.parametrize("kind", ["textpic-text", "content-imagetext"])
def test_text_set_beside_a_picture_is_no_caption(kind: str) -> None:
    # Content systems' "text with picture" element (TYPO3's "csc-textpic-text"): the
    # story's paragraph beside its picture, however short.
    paragraph, _caption = _STORY["de"]
    figure = (
        f"<div class='{kind}-wrap'><img src='/pier.jpg' alt=''><div class='{kind}'>"
        "<p>Die Fähre fährt ab März jede halbe Stunde.</p></div></div>"
    )
    body = extract(_page(paragraph, figure, "de"), None).body
    assert "Die Fähre fährt ab März jede halbe Stunde." in body


def test_a_gallery_told_in_its_captions_keeps_them() -> None:
    # A slideshow or a listicle sets its text under each picture: the captions are the story.
    slides = "".join(
        f"<figure><img src='/look-{i}.jpg' alt=''><figcaption><p>Look {i}: pair the cape with "
        f"boots in a darker shade and keep the make-up simple, so the colour of the cape does "
        f"the talking at the party for costume number {i}.</p></figcaption></figure>"
        for i in range(8)
    )
    page = (
        "<!DOCTYPE html><html lang='en'><head><title>Eight easy costumes</title></head><body>"
        "<main><article><h1>Eight easy costumes</h1><p>Short on time? These need no sewing.</p>"
        f"{slides}</article></main></body></html>"
    )
    body = extract(page, None).body
    assert "Look 0: pair the cape" in body
    assert "Look 7: pair the cape" in body


def test_a_gallerys_short_last_caption_stays_with_the_others() -> None:
    # Slides classed "Gallery_slide" with their "Gallery_caption": the captions are the
    # story, the last one short enough to pass for a player's title line.
    slides = "".join(
        f"<section class='Gallery_slide__q8'><img src='/s{i}.jpg' alt=''><div "
        f"class='Gallery_counter__m'>{i}/7</div><p class='Gallery_caption__mX'>Slide {i}: the "
        f"new model's cabin has two screens and seats that fold flat, and the boot holds "
        f"{400 + i} litres with the rear bench up, the maker says.</p></section>"
        for i in range(1, 7)
    )
    last = "Bestellbar ist der Wagen ab sofort, die ersten Fahrzeuge kommen im Mai zu den Händlern."
    slides += (
        "<section class='Gallery_slide__q8'><img src='/s7.jpg' alt=''><p "
        f"class='Gallery_caption__mX'>{last}</p></section>"
    )
    page = (
        "<!DOCTYPE html><html lang='de'><head><title>Der neue SUV in Bildern</title></head><body>"
        f"<main><article><h1>Der neue SUV in Bildern</h1><div class='Gallery_g'>{slides}</div>"
        "</article></main></body></html>"
    )
    body = extract(page, None).body
    assert "Slide 1:" in body and last in body


def test_a_hero_caption_over_the_headline_keeps_the_headline() -> None:
    paragraph, _caption = _STORY["en"]
    page = (
        "<!DOCTYPE html><html lang='en'><head><title>Harbour bridge to close</title></head>"
        "<body><main><article><div class='hero'><img src='/bridge.jpg' alt=''>"
        "<div class='hero-caption'><h1>Harbour bridge to close</h1>"
        "<p>Engineers found that two piers moved.</p></div></div>"
        f"<p>{paragraph}</p>{_MORE}</article></main></body></html>"
    )
    article = extract(page, None)
    assert article.title == "Harbour bridge to close"
    assert paragraph in article.body


def test_small_print_a_theme_classes_as_a_caption_is_no_caption() -> None:
    # No picture in or beside it: the theme's name for a small type style, here the date
    # line under the headline, which dates the page.
    paragraph, _caption = _STORY["de"]
    page = (
        "<!DOCTYPE html><html lang='de'><head><title>Hafenbrücke wird gesperrt</title></head>"
        "<body><main><h1>Hafenbrücke wird gesperrt</h1>"
        "<p class='rte-paragraph rte-paragraph__caption'>21. Januar 2022 | Verkehr</p>"
        f"<p>{paragraph}</p>{_MORE}"
        "<p>Eine interne Analyse (Tagesblatt vom 12.1.2022) nennt 400 Brücken im Jahr.</p>"
        "</main></body></html>"
    )
    article = extract(page, None)
    assert paragraph in article.body
    assert article.published is not None
    assert article.published.date().isoformat() == "2022-01-21"


# A date line under the headline in a block the theme classes as a caption, and the earlier
# day of the event the text opens with.
_DATE_LINES = {
    "de": ("21. Januar 2022 | Verkehr", "Am 3. Januar 2022 hatten Taucher die Risse entdeckt."),
    "en": ("January 21, 2022 | Transport", "On January 3, 2022 divers found the cracks."),
    "fr": ("21 janvier 2022 | Transports", "Le 3 janvier 2022, des plongeurs ont vu les fissures."),
    "es": ("21 de enero de 2022 | Transporte", "El 3 de enero de 2022 vieron las grietas."),
    "it": ("21 gennaio 2022 | Trasporti", "Il 3 gennaio 2022 alcuni sub hanno visto le crepe."),
}


@pytest.mark.parametrize("lang", sorted(_DATE_LINES))
def test_a_date_line_classed_as_a_caption_dates_the_story(lang: str) -> None:
    # No picture in or beside it: it is the byline's date, and it beats the text's date of
    # the event the story tells of.
    shown, event = _DATE_LINES[lang]
    paragraph, _caption = _STORY.get(lang, _STORY["en"])
    page = (
        f"<!DOCTYPE html><html lang='{lang}'><head><title>Harbour bridge</title></head>"
        "<body><main><h1>Harbour bridge to close</h1>"
        f"<p class='article-caption'>{shown}</p><p>{event}</p>"
        f"<p>{paragraph}</p>{_MORE}</main></body></html>"
    )
    published = extract(page, None).published
    assert published is not None
    assert published.date().isoformat() == "2022-01-21"


# What a video player or a gallery leaves among the paragraphs once its frame and captions
# are gone: the title it shows over its picture.
_PLAYERS = {
    "player with a title": (
        "<div class='video-player' data-video-id='12448821'>"
        "<p class='video-title'>Video: how the divers found the cracks</p></div>"
    ),
    "player block with a legend": (
        "<div class='video_block'><div class='video_player' data-player='jw'>"
        "<span class='video_duration'>02:14</span></div>"
        "<p class='video_legend'>Video: how the divers found the cracks - 11/03</p></div>"
    ),
    "audio box with a note": (
        "<div class='audio-box'><audio src='/interview.mp3'></audio>"
        "<p class='audio-note'>Video: how the divers found the cracks, in full.</p></div>"
    ),
    "player known by its play button": (
        "<div class='css-pz1yx5'><div class='css-1g0q9bi'><button class='css-1fm2q7c' "
        "aria-label='Spela upp'>▶</button></div><p class='css-1x7mf0v'>Se klippet: how the "
        "divers found the cracks</p></div>"
    ),
    "player known by its button's sign": (
        "<div class='c8f2'><button class='x1'>▶</button><span>The crew on how the divers found "
        "the cracks (2:14)</span></div>"
    ),
    "gallery": (
        "<section class='gallery'><h3 class='gallery__title'>Video: how the divers found the "
        "cracks</h3><figure><img src='/g1.jpg' alt=''><figcaption>The north pier.</figcaption>"
        "</figure><figure><img src='/g2.jpg' alt=''><figcaption>The south pier.</figcaption>"
        "</figure></section>"
    ),
}


@pytest.mark.parametrize("shape", sorted(_PLAYERS))
def test_a_players_title_is_no_part_of_the_body(shape: str) -> None:
    paragraph, _caption = _STORY["en"]
    body = extract(_page(paragraph, _PLAYERS[shape], "en"), None).body
    assert paragraph in body
    assert "Paragraph 4:" in body
    assert "how the divers found" not in body


def test_an_audio_players_title_known_by_its_listen_button_is_no_part_of_the_body() -> None:
    paragraph, _caption = _STORY["en"]
    title = "Le gérant de l'entreprise, Olivier Brunet, au micro de France Bleu Isère"
    player = (
        "<div class='AudioEmbed svelte-pl4y1k'><button class='AudioEmbed-play' "
        "aria-label='Écouter'>Écouter</button><div class='AudioEmbed-text'><span>"
        f"{title}</span><span>0 min 58 s</span></div></div>"
    )
    body = extract(_page(paragraph, player, "en"), None).body
    assert paragraph in body and "Paragraph 4:" in body
    assert title not in body


def test_a_story_on_a_video_page_stays() -> None:
    # The page of a video: its text sits in a block classed for the player, and is long.
    paragraph, _caption = _STORY["en"]
    page = (
        "<!DOCTYPE html><html lang='en'><head><title>Harbour bridge to close</title></head>"
        "<body><main><h1>Harbour bridge to close</h1><div class='video-page'>"
        f"<iframe src='https://video.example/embed/9'></iframe><p>{paragraph}</p>{_MORE}"
        "</div></main></body></html>"
    )
    body = extract(page, None).body
    assert paragraph in body
    assert "Paragraph 4:" in body


def test_a_slides_paragraph_of_two_sentences_in_a_gallery_stays() -> None:
    # The slide's paragraph under 160 characters, as a player's title is, but two sentences:
    # the slide's story.
    slide = (
        "<div class='Gallery_slide__k2P0x'><div class='Gallery_counter__Zp8'>2 / 5</div>"
        "<figure><img src='/pier.jpg' alt=''></figure><h3 class='Gallery_title__b7R'>The old "
        "bridge, seen from the harbour wall on its last day</h3><p class='Gallery_text__Q0a'>"
        "Residents crossed the old bridge one last time on Sunday, many with their children. "
        "The ferry took over at noon.</p></div>"
    )
    paragraph, _ = _STORY["en"]
    body = extract(_page(paragraph, slide, "en"), None).body
    assert "The ferry took over at noon." in body


def test_a_slides_paragraph_closing_with_its_credit_keeps_its_text() -> None:
    # The story told under its picture, the credit after a line break: the credit goes,
    # the text stays (a box of lines whose last credits the picture is a caption).
    slide = (
        "<div class='slide'><img src='/pier.jpg' alt=''><p>Residents crossed the old bridge one "
        "last time on Sunday, many with their children, before the barriers went up at noon "
        "and the ferry took over.<br><em>Photo: Ida Berg/Reuters</em></p></div>"
    )
    paragraph, _ = _STORY["en"]
    body = extract(_page(paragraph, slide, "en"), None).body
    assert "before the barriers went up" in body
    assert "Ida Berg" not in body
