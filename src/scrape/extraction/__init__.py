"""Internals of the extraction stage; the entry point is :func:`scrape.extract`.

Modules, lowest first (each imports only those before it)::

    guard         cheap checks on the raw text before any parser runs
    blocks        text blocks, their normal form, the template learner
    dom           DOM primitives: marks, class/id tokens, element text, text units
    metadata      what the page declares: JSON-LD, <meta>, microdata
    dates.grammar reading written dates (formats, month names, calendars, day/month order)
    dates         the date search: which date is the publication date, by evidence
    names         what a person's name looks like in a byline (not a label, desk or brand)
    wording       furniture blocks and lines told by their wording
    authors       where the page names its writers: declarations, byline, author box
    title         the headline element and its text, the declared titles, the site's names;
                  the title chosen from them
    prune         removing furniture and teasers from the tree
    body          the main text, as blocks, and their cleaning
    pagetype      article or not (listing, product, forum...)
    extractor     the stage itself: one page in, one Article out
    evaluate      scoring extractions against labelled pages (tests, bench)

Glossary (one word per concept; names in this package use these words):

block
    The text of one block-level element (``blocks.BLOCK_TAGS``), inline descendants
    included, nested blocks apart. Compared in normal form (``blocks.normalise``).
template
    The blocks a site repeats across its pages (menus, prompts, footers), learned over a
    crawl by ``blocks.TemplateLearner`` and handed to the extractor as
    ``ExtractionHints.template_blocks``: it is per site, never a fixed list.
furniture
    Page parts that are never article text on any site: navigation, share bars, ads,
    newsletter and cookie prompts, comment forms, author boxes, "Advertisement" labels.
    The pruner tells it by markup (tags, class/id tokens); the block cleaning by wording
    (``wording``: furniture blocks and lines).
chrome
    The site's own furniture around every article: its header, menus, sidebars, footer.
    Narrower than furniture, for the headline and date search, where an article's own
    header, byline or share row must still count.
teaser
    A card or link inviting to another page of the site ("Related", "Read more", a grid
    of other posts); a teaser list is three or more of them.
anchor
    An element holding much of the page's paragraph text (``dom.ANCHOR``): the main
    text, whatever its class names say; the pruner never removes what holds one.
prune
    To remove furniture and teasers from the parsed tree, in place, before the body
    extraction reads it.
headline
    The element that shows the page's own title to the reader (marked ``dom.MARK``);
    the *title* is what the extractor chooses from it and the declared titles.
kicker
    A short line set over the headline (an overline, a German "Dachzeile"), joined to
    the headline as "Kicker: Headline".
byline
    The line by the headline naming the authors, often with the date.
declared date
    A date the page states in machine-readable form for its main entity: JSON-LD,
    Open Graph and other <meta>, microdata, ``<time pubdate>``.
shown date
    A date written in the visible text near the headline (the byline's, a kicker's).
"""
