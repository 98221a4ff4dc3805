import warnings

from scrape.extraction.extractor import extract

warnings.simplefilter("ignore")

L = {
    "en": (
        "City council approves new tram line after long debate",
        "Harbour Post",
        "Local",
        "By Jane Doe",
    ),
    "de": (
        "Stadtrat beschließt neue Straßenbahnlinie nach langer Debatte",
        "Stadtanzeiger",
        "Lokales",
        "Von Anna Roth",
    ),
    "fr": (
        "Le conseil municipal approuve la nouvelle ligne de tramway",
        "Le Courrier du Port",
        "Local",
        "Par Jeanne Doux",
    ),
    "es": (
        "El ayuntamiento aprueba la nueva línea de tranvía tras un largo debate",
        "Diario del Puerto",
        "Local",
        "Por Juan Pérez",
    ),
    "pl": (
        "Rada miasta zatwierdza nową linię tramwajową po długiej debacie",
        "Gazeta Portowa",
        "Kraj",
        "Anna Nowak",
    ),
    "ru": (
        "Городской совет одобрил новую трамвайную линию после долгих дебатов",
        "Портовые вести",
        "Город",
        "Анна Иванова",
    ),
    "ja": ("市議会、長い議論の末に新しい路面電車路線を承認", "港湾新聞", "地域", "山田太郎"),
    "ko": ("시의회, 긴 논쟁 끝에 새 트램 노선 승인", "항구일보", "사회", "김민수 기자"),
    "tr": (
        "Belediye meclisi uzun tartışmanın ardından yeni tramvay hattını onayladı",
        "Liman Gazetesi",
        "Yerel",
        "Ayşe Yılmaz",
    ),
    "pt": (
        "Câmara aprova nova linha de bonde após longo debate",
        "Jornal do Porto",
        "Local",
        "Por João Silva",
    ),
}


def body(lang):
    return (
        "<p>"
        + ("The council met again to weigh the plan for the harbour front and the tram. " * 10)
        + "</p>"
    )


def shapes(h, site, sec, by):
    nav = f"<header class='site-header'><a class='logo' href='/'>{site}</a><nav><a href='/{sec.lower()}'>{sec}</a><a href='/sport'>Sport</a></nav></header>"
    logo_h1 = f"<header class='site-header'><h1 class='logo'><a href='/'>{site}</a></h1><nav><a href='/x'>{sec}</a></nav></header>"
    return {
        "h2-entry": (
            nav + f"<main><article><h2 class='entry-title'>{h}</h2><p class='byline'>{by}</p>",
            f"{h} | {site}",
            "",
        ),
        "div-title": (
            nav + f"<main><article><div class='article-title'>{h}</div><p class='byline'>{by}</p>",
            f"{h} - {site}",
            "",
        ),
        "logo-h1+h2": (
            logo_h1 + f"<main><article><h2>{h}</h2><p class='byline'>{by}</p>",
            f"{h} | {site}",
            "",
        ),
        "span-title": (
            nav
            + f"<main><article><div class='head'><span class='title'>{h}</span></div><p class='byline'>{by}</p>",
            f"{site} | {h}",
            "",
        ),
        "og-teaser": (
            nav + f"<main><article><h2 class='post-title'>{h}</h2><p class='byline'>{by}</p>",
            f"{h} – {sec} – {site}",
            f"<meta property='og:title' content='{h[:20]}… read now!'>",
        ),
        "h3-only": (
            nav + f"<main><article><h3>{h}</h3><p class='byline'>{by}</p>",
            f"{h} :: {site}",
            "",
        ),
        "strong": (
            nav + f"<main><article><p><strong>{h}</strong></p><p class='byline'>{by}</p>",
            f"{h} | {site}",
            "",
        ),
        "two-h1": (
            logo_h1 + f"<main><article><h1>{h}</h1><p class='byline'>{by}</p>",
            f"{site}",
            "",
        ),
        "title-only-sec": (
            nav + f"<main><article><p class='byline'>{by}</p>",
            f"{h} - {sec} - {site}",
            "",
        ),
        "kicker-glued": (
            nav
            + f"<main><article><h1><span class='kicker'>{sec}</span><span class='title'>{h}</span></h1>",
            f"{h} | {site}",
            "",
        ),
        "kicker-block": (
            nav + f"<main><article><div class='kicker'>{sec}</div><h1>{h}</h1>",
            f"{sec}: {h} | {site}",
            f"<meta property='og:title' content='{sec}: {h}'>",
        ),
    }


bad = 0
for lang, (h, site, sec, by) in L.items():
    for name, (top, title, meta) in shapes(h, site, sec, by).items():
        html = (
            f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{meta}</head><body>"
            f"{top}{body(lang)}{body(lang)}</article></main><footer>© {site}</footer></body></html>"
        )
        a = extract(html, f"https://www.{lang}site.example/{sec.lower()}/story-12345/")
        ok = (
            a.title == h
            or (name == "kicker-block" and a.title in (h, f"{sec}: {h}"))
            or (name == "kicker-glued" and a.title in (h, f"{sec}: {h}"))
        )
        if not ok:
            bad += 1
            print(f"{lang} {name:15} {a.title!r}")
print("bad", bad)
