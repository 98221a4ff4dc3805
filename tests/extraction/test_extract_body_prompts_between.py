"""A prompt set on a line of its own between a story's paragraphs ("Follow us on Facebook",
"Download our app", a legal notice) goes; the same words as a sub-heading, a sentence, a
list's point or a quotation stay."""

from __future__ import annotations

import pytest

from scrape.extraction.body import clean_blocks, prompts

STORY = [
    "The city council voted on Tuesday to extend the harbour ferry service through the "
    "winter, adding two late crossings on weekdays and an early boat on Saturdays.",
    "Council members said the decision followed months of complaints from commuters who "
    "rely on the ferry to reach jobs on the mainland.",
    "The operator will hire six more crew members and expects the new timetable to begin "
    "on the first of December, subject to a final safety review.",
]


def _between(line: str) -> list[str]:
    return [*STORY[:2], line, *STORY[2:]]


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Twitter and Facebook.",
        "Subscribe to our YouTube channel",
        "Download our app",
        "👉 Download our app for the latest news",
        "Get the latest news delivered to your inbox.",
        "Copyright 2024 Harbour Post. All rights reserved.",
        "Have a tip? Contact us at tips@example.com.",
        "Click here to read more.",
        "Abonnieren Sie jetzt unseren Kanal auf WhatsApp",
        "Suivez-nous sur Instagram et Facebook",
        "Laden Sie jetzt unsere App herunter",
        "Téléchargez notre application",
        "Ta météo au quotidien? Télécharge l’app 20 minutes et active les alertes.",
        "Inside Riverside has been shortlisted for a regional award. If you have a news story "
        "about life in or around the town, email us at news@riverside.example",
        "Descarga nuestra app",
        "Mehr zum Thema",
        # The reader's opinion asked for, the news offered by mail.
        "Teilen Sie Ihre Meinung mit uns!",
        "Recibe las noticias en tu correo.",
        "Recevez nos actualités chaque matin",
        # The site's newsletter and the site itself to be supported, named.
        "Den Newsletter von Merkur.de abonnieren",
        "Unterstützen Sie die taz!",
        # The news sent to the reader's mail; the reader asked whether the piece pleased.
        "Recevez le meilleur de l'actualité dans votre boîte mail",
        "Die wichtigsten Nachrichten direkt in Ihr Postfach",
        "Gostou deste artigo? Assine o Público",
        "¿Te gustó este artículo? Suscríbete",
        # A newsletter pitch in a paragraph of its own, in German and in English.
        "Alle Nachrichten aus Bad Tölz lesen Sie hier. Unser Bad-Tölz-Newsletter informiert "
        "Sie regelmäßig über alle wichtigen Geschichten aus Ihrer Region. Melden Sie sich hier an.",
        "Sign up for the Science Times newsletter.",
        # A paywall's terms and its door.
        "Um diesen Artikel zu lesen, benötigen Sie WELTplus.",
        "To continue reading this article, you must be a subscriber.",
        "Weiterlesen mit Tagesspiegel Plus",
        "Jetzt mit HAZ+ weiterlesen",
        "Lesen Sie weiter mit WiWoche+",
        # A call for the readers' pictures, opening its line.
        "Schicken Sie uns Ihre Fotos und Videos per WhatsApp an die Leser-Reporter!",
        # A print edition's note; a teaser's lead-in set off by a bar; the newsroom asking
        # for stories; a pointer to more.
        "Published in Dawn, March 13th, 2024",
        "This article appears as “In Defense of the Cul-de-Sac” in the April 1, 2024, print "
        "edition of American Review.",
        "READ | Cold front to bring snow and gale-force winds to Western Cape",
        "LEGGI ANCHE > Sciopero dei trasporti venerdì: metro e bus a rischio, le fasce orarie",
        "Do you have a story you’d like to share? Get in touch by emailing news@metro.example.",
        "Get in touch with our news team by emailing us at webnews@metro.example.",
        "Read more about FEMA’s migrant grants here.",
        # A newsletter called a digest, sent to the reader's inbox.
        "Stay informed with free updates. Simply sign up to the Artificial intelligence myFT "
        "Digest -- delivered directly to your inbox.",
    ],
)
def test_a_prompt_between_paragraphs_is_dropped(line: str) -> None:
    assert clean_blocks(_between(line), title=None) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Copyright and the ferry's timetable",
        "Instead, we'd like to share this schedule with the neighbouring towns.",
        "- Crossings in your inbox within an hour of any change",
        '"Follow us to the harbour and see for yourself," the mayor said.',
        "My newsletter has:",
        "Unterstützen Sie die Forderung der Gewerkschaft nach mehr Lohn?",
        # An interview's question: whether one shares theirs.
        "Teilen Sie ihre Meinung, Herr Minister?",
        "Los vecinos reciben las noticias del ayuntamiento por carta desde hace años.",
        # Reported news of a newsletter, and advice set as a list that names one.
        "Residents can sign up for the council newsletter at the town hall.",
        "The council will send any questions about the ferry to the ministry.",
        "Continue reading with a map in hand: the ferry leaves from the north pier.",
        "Weiterlesen mit dem Bus ist nicht möglich, sagte der Fahrer.",
        "Die Stadt verschickt einen Newsletter, für den sich Bürger im Rathaus anmelden können.",
        "Lagen können sich schnell ändern. Wir empfehlen Ihnen: - Verfolgen Sie Nachrichten "
        "- Abonnieren Sie unseren Newsletter",
        "Die Polizei bittet: Schicken Sie uns Hinweise, sagte der Sprecher.",
        "Lesen Sie weiter, was der Minister am Dienstag sagte.",
    ],
)
def test_the_same_words_in_the_storys_own_lines_stay(line: str) -> None:
    assert clean_blocks(_between(line), title=None) == _between(line)


def test_the_call_pattern_is_written_in_lower_case() -> None:
    # It is matched against the lower-cased line: a capital in it would never match.
    assert not any(char.isupper() for char in prompts._CALL.pattern)


@pytest.mark.parametrize(
    "line",
    [
        # What an embed leaves when it is not loaded, and a paywall's notice.
        "Empfohlener externer Inhalt",
        "Externen Inhalt anzeigen",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
        "personenbezogene Daten an Drittplattformen übermittelt werden.",
        "Bitte aktivieren Sie JavaScript, um diesen Inhalt zu sehen.",
        "View this post on Instagram",
        "This content is provided by YouTube, which may be using cookies.",
        "Contenu externe",
        "Dieser Inhalt ist nur für Abonnenten verfügbar.",
        "Esta funcionalidad es sólo para registrados",
        "This feature is only available to registered users.",
        # A control's label alone.
        "Artikel teilen",
        "Zur Startseite",
        "Jetzt kommentieren",
        "Listen to this article",
        "Zum Newsletter anmelden",
        "Deel artikel:",
        "Toggle caption",
        "Sponsored content",
        # The heading of the tag list, its links gone.
        "Topics",
        "Related Topics",
        "Themen",
        "Schlagwörter:",
        "Schlagwörter zu diesem Artikel",
        "Mots-clés",
        # A paywall's offer and its door for subscribers; the site's newsletter offered.
        "Enjoy unlimited access to all of our journalism.",
        "Already a subscriber? Log in",
        "Dieser Artikel ist exklusiv für Abonnenten von Stadtblatt Plus.",
        "Bereits Abonnent? Hier anmelden",
        "Get our free newsletter",
        # A picture's credit in brackets with its by-word.
        "(Photo by John Smith/Getty Images)",
        # An embed's stand-in saying whose it is; a Nordic paywall's offer.
        "Dieser Inhalt wird von Instagram bereitgestellt. Wenn du den Inhalt aktivierst, "
        "werden personenbezogene Daten verarbeitet.",
        "Få tillgång till alla artiklar på ystadsallehanda.se och i appen. Ingen bindningstid.",
        "Läs vidare – 1 månad för 1 kr",
        "Läs vidare – prova NWT Premium för 1 kr",
        "Assine o Valor e tenha acesso ilimitado a notícias, análises e colunas. Por R$ 1,90 "
        "no primeiro mês.",
        # A sentence of its own sending the reader to the newsletter, and its box's words.
        "Want more out-of-this world tech, space and science stories? Sign up for Mashable's "
        "weekly Light Speed newsletter.",
        "A morning briefing on what you need to know in the day ahead, including exclusive "
        "commentary from Barron's writers.",
        # The reader's word asked for, a reprint's terms, the reader survey.
        "Questions or comments on this article? E-mail us at feedback@example.org",
        "Please direct any comments or questions about this article to news@example.org.",
        "Continue reading with a Dispatch membership",
        "Weiterlesen mit SZ Dossier Digitalwende",
        "Die wichtigsten Nachrichten direkt in Ihr Postfach",
        "弁護士ドットコムニュースでは、情報提供を募集しています。記事化を検討させていただきます。",
        "Have an opinion about this story? Click here to submit a Letter to the Editor, and "
        "we may publish it in print.",
        "Der Text ist für Medien frei verwendbar. Bitte Quelle angeben: LID.",
        "PAY ATTENTION: Harbour.ng Reader Survey: Share your thoughts and help us shape "
        "Nigerian news!",
    ],
)
def test_a_placeholder_or_a_controls_label_between_paragraphs_is_dropped(line: str) -> None:
    assert line not in clean_blocks(_between(line), title=None)
    assert line not in clean_blocks([*STORY, line], title=None)


@pytest.mark.parametrize(
    "line",
    [
        "The app asks users to enable JavaScript in the settings menu, the company said.",
        "Der Konzern zeigt externe Inhalte nur an, wenn die Nutzer vorher zustimmen.",
        "Sie können den Artikel teilen, sagte die Sprecherin, aber nicht verändern.",
        "Contenu externe ou non, la plateforme doit le modérer, selon le régulateur.",
        "(Photo by a reader, taken from the pier on Sunday, who asked not to be named.)",
        "Readers who are already subscribers? They get the paper at the door, he said.",
        "Topics for the council's next meeting include the ferry.",
        "Registered users only pay half, the council said of the new ferry pass.",
        "The council will take the survey results into account next year.",
        "A reader survey by the paper found that most readers want a later ferry.",
        "Kommunen betalar 3 miljoner kr för den nya färjan, enligt förslaget.",
        "Die Anwohner diskutieren mit dem Bürgermeister über den neuen Fahrplan.",
        "Residents can sign up for the council newsletter at the town hall.",
        "The council will send any questions about the ferry to the ministry.",
        "Continue reading with a map in hand: the ferry leaves from the north pier.",
        "Weiterlesen mit dem Bus ist nicht möglich, sagte der Fahrer.",
    ],
)
def test_a_sentence_with_a_placeholders_words_stays(line: str) -> None:
    assert line in clean_blocks(_between(line), title=None)
