"""Reader-addressed prompts closing an article (follow, subscribe, support, the site's own
things, a comment or a click), in the languages of the press; news sentences that use
the same words in the third person stay."""

from __future__ import annotations

import pytest

from scrape.extraction.body import clean_blocks

# Three paragraphs of a local story in each language: the prompts below close it.
STORIES = {
    "de": [
        "Die Stadtwerke erhöhen die Preise für Fernwärme zum ersten April um durchschnittlich "
        "zwölf Prozent; betroffen sind rund 18.000 Haushalte, vor allem in den großen "
        "Wohnanlagen am Nordring und in der Weststadt.",
        "Als Grund nannte der Geschäftsführer die gestiegenen Kosten für Gas und Biomasse, die "
        "das Unternehmen im vergangenen Jahr nur zum Teil an die Kundschaft weitergegeben habe.",
        "Der Mieterverein kritisierte die Erhöhung scharf und forderte einen Härtefallfonds der "
        "Stadt für Familien mit kleinen Einkommen, über den der Rat im Februar beraten soll.",
    ],
    "fr": [
        "La mairie a annoncé lundi la fermeture temporaire de deux des cinq piscines "
        "municipales à partir du mois de mars, une mesure qui doit permettre d'économiser "
        "près de 400 000 euros sur l'année.",
        "Les clubs de natation seront redirigés vers les trois équipements restés ouverts, et "
        "les créneaux scolaires seront regroupés sur un nombre réduit de jours.",
        "L'opposition municipale dénonce une décision prise sans concertation, alors que les "
        "familles des quartiers nord devront parcourir plusieurs kilomètres pour nager.",
    ],
    "es": [
        "El ayuntamiento aprobó este jueves la ampliación del servicio de autobuses nocturnos, "
        "que a partir de mayo circularán también los domingos y festivos en seis líneas que "
        "conectan el centro con los barrios periféricos.",
        "Según la concejala de Movilidad, la demanda del servicio nocturno ha crecido un 30 "
        "por ciento en el último año, sobre todo entre los trabajadores de la hostelería.",
        "La asociación vecinal celebró el anuncio, aunque pidió que los autobuses pasen cada "
        "veinte minutos y no cada media hora como está previsto.",
    ],
    "it": [
        "La giunta comunale ha deciso di rinviare di sei mesi la chiusura della biblioteca "
        "centrale, prevista per i lavori di ristrutturazione dell'edificio, che resterà "
        "aperta fino a settembre con gli orari consueti.",
        "L'assessore alla cultura ha spiegato che il rinvio serve a completare la gara "
        "d'appalto e a trovare una sede provvisoria per i 120 mila volumi della collezione.",
        "Gli utenti avevano raccolto oltre quattromila firme contro la chiusura senza "
        "un'alternativa per le sale studio durante la sessione d'esame estiva.",
    ],
    "pt": [
        "A prefeitura anunciou nesta terça-feira a construção de uma ciclovia de oito "
        "quilômetros ao longo da avenida principal, ligando a zona norte ao centro da cidade, "
        "com obras a partir de junho.",
        "Segundo o secretário de Mobilidade, a ciclovia terá separação física das faixas de "
        "carros, iluminação própria e dez estações de bicicletas compartilhadas.",
        "Comerciantes da avenida temem perder cerca de 200 vagas de estacionamento e pediram "
        "uma reunião com a prefeitura antes do início das obras.",
    ],
    "nl": [
        "De gemeente sluit de parkeergarage bij het station vanaf maandag voor een grondige "
        "renovatie die naar verwachting acht maanden duurt; automobilisten worden verwezen "
        "naar twee tijdelijke terreinen aan de rand van de binnenstad.",
        "Volgens de wethouder is de renovatie dringend nodig, omdat de betonnen vloeren op "
        "meerdere plekken zijn aangetast; de kosten worden geschat op 6,5 miljoen euro.",
        "De winkeliersvereniging vraagt de gemeente om gratis pendelbussen tussen de "
        "tijdelijke terreinen en het centrum in te zetten zolang de garage dicht is.",
    ],
    "pl": [
        "Władze miasta zapowiedziały wymianę ponad sześciu tysięcy lamp ulicznych na oprawy "
        "ledowe; prace mają rozpocząć się w kwietniu i potrwać do końca roku, a rachunki za "
        "prąd spadną o blisko połowę.",
        "Inwestycja będzie kosztować około 24 milionów złotych, z czego większość pokryje "
        "dotacja z programu rządowego dla samorządów.",
        "Radni opozycji pytają, dlaczego miasto nie zdecydowało się na inteligentny system "
        "sterowania, który pozwalałby przyciemniać lampy w nocy.",
    ],
    "sv": [
        "Kommunfullmäktige beslutade på måndagskvällen att bygga en ny simhall i centrum, och "
        "den gamla hallen från 1960-talet ska rivas när den nya står klar hösten 2028.",
        "Den nya simhallen får en 50-metersbassäng, en undervisningsbassäng och ett gym till "
        "en kostnad av 480 miljoner kronor.",
        "Oppositionen röstade emot och menar att pengarna hellre borde gå till skolor och "
        "äldreomsorg, medan simklubben välkomnade beslutet.",
    ],
}

PROMPTS = {
    "de": [
        "Folgen Sie uns auch auf Instagram, Facebook und WhatsApp, um keine Nachricht aus der "
        "Region zu verpassen.",
        "Kennt ihr schon unseren Wochenend-Newsletter? Jeden Freitag die besten Ausflugstipps "
        "aus der Region – hier geht's zur Anmeldung.",
        "Gefällt dir unser Magazin? Wir verzichten auf eine Bezahlschranke. Darum: Hilf mit und "
        "unterstütze unser Magazin mit einem kleinen Beitrag.",
        "Du willst mitdiskutieren? Dann hinterlasse einfach einen Kommentar unter diesem Beitrag.",
    ],
    "fr": [
        "Abonnez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité "
        "locale.",
        "Suivez-nous sur Facebook, Instagram et X pour ne rien manquer de l'actualité de votre "
        "ville.",
    ],
    "es": [
        "Síguenos en Telegram, Instagram, Facebook y X para recibir en directo todas nuestras "
        "actualizaciones.",
        "Inscríbete para recibir la información económica exclusiva y las noticias "
        "financieras más relevantes para ti",
        "Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes de tu "
        "ciudad.",
    ],
    "it": [
        "Iscriviti alla nostra newsletter per ricevere ogni settimana le notizie della tua città.",
        "Seguici su Facebook e Instagram per restare sempre aggiornato.",
        "Con il Corriere l’informazione è sempre con te. Abbonati per leggere tutti gli articoli e "
        "sostenere il nostro giornalismo.",
    ],
    "pt": [
        "Siga-nos no Instagram e no Facebook e receba as principais notícias da sua cidade.",
        "Assine já a nossa newsletter e receba as notícias do dia no seu e-mail.",
    ],
    "nl": [
        "Volg ons ook op Instagram en Facebook en mis geen enkel nieuwtje uit de regio.",
        "Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.",
    ],
    "pl": [
        "Zapraszamy też do subskrypcji naszego tygodnika i oglądania audycji naszej telewizji.",
        "Obserwuj nas na Facebooku i Instagramie, aby być na bieżąco z wiadomościami z regionu.",
    ],
    "sv": [
        "Följ oss på Facebook och Instagram för att få de senaste nyheterna från din kommun.",
        "Prenumerera på vårt nyhetsbrev och få veckans viktigaste nyheter direkt i mejlen.",
    ],
}

# Closing news sentences with the prompts' words: reported, in the third person, or quoted.
ENDINGS = {
    "de": [
        "Die Stadt bittet die Bürgerinnen und Bürger, sich für die Informationsabende im "
        "Rathaus bis zum 20. Februar anzumelden.",
        "Sie können den Newsletter der Stadtwerke auf deren Internetseite abonnieren.",
        "„Wir freuen uns über jede Spende und über alle, die unseren Newsletter lesen“, sagte "
        "die Vorsitzende des Vereins.",
    ],
    "fr": [
        "Les usagers peuvent s'abonner à la lettre d'information de la ville pour connaître "
        "les horaires des piscines restées ouvertes, a précisé la mairie.",
    ],
    "es": [
        "La empresa municipal enviará un boletín informativo a los abonados del transporte "
        "público con los nuevos horarios.",
    ],
    "it": [
        "Il giornale ha perso tremila abbonamenti nell'ultimo anno, secondo l'editore.",
        "Gli abbonati per la stagione 2024 sono cresciuti del dodici per cento, ha detto il club.",
    ],
    "pt": ["Os moradores poderão acompanhar as obras pelo site da prefeitura."],
    "nl": [
        "Bewoners kunnen zich aanmelden voor een informatieavond op het stadhuis, meldt de "
        "gemeente."
    ],
    "pl": ["Mieszkańcy mogą zapisać się na spotkanie informacyjne w ratuszu w przyszły czwartek."],
    "sv": ["Den som vill följa bygget kan anmäla sig till kommunens informationsmöte i april."],
}


@pytest.mark.parametrize(
    "closing",
    [
        # The site's forum, and the newsroom's own description closing each story.
        "Diskutieren Sie mit im Forum: Fernwärme wird teurer - Was halten Sie von der Erhöhung?",
        "Stadtblatt Illinois is a nonprofit, nonpartisan news service covering state "
        "government. It is distributed to hundreds of newspapers, radio and TV stations "
        "statewide. It is funded primarily by two press foundations.",
    ],
)
def test_the_sites_closing_lines_are_dropped(closing: str) -> None:
    story = STORIES["de"]
    assert clean_blocks([*story, closing], title=None) == story


@pytest.mark.parametrize(
    "ending",
    [
        "The Harbour Trust is a nonprofit that runs the ferry museum, its director said.",
        "Die Anwohner diskutieren mit dem Bürgermeister am Donnerstag im Rathaus.",
    ],
)
def test_closing_sentences_about_nonprofits_and_debates_stay(ending: str) -> None:
    blocks = [*STORIES["de"], ending]
    assert clean_blocks(blocks, title=None) == blocks


@pytest.mark.parametrize(
    ("lang", "prompt"), [(lang, p) for lang, prompts in PROMPTS.items() for p in prompts]
)
def test_closing_prompt_to_the_reader_is_dropped(lang: str, prompt: str) -> None:
    story = STORIES[lang]
    assert clean_blocks([*story, prompt], title=None) == story


@pytest.mark.parametrize(
    ("lang", "ending"), [(lang, e) for lang, endings in ENDINGS.items() for e in endings]
)
def test_closing_news_sentence_with_prompt_words_is_kept(lang: str, ending: str) -> None:
    blocks = [*STORIES[lang], ending]
    assert clean_blocks(blocks, title=None) == blocks


def test_short_sentence_before_a_prompt_is_the_articles() -> None:
    # The story's last, short paragraph stays; a box's label above the prompt goes with it.
    story = STORIES["de"]
    last = "Der Rat entscheidet im Februar."
    prompt = PROMPTS["de"][0]
    assert clean_blocks([*story, last, prompt], title=None) == [*story, last]
    assert clean_blocks([*story, "Newsletter", prompt], title=None) == story


def test_click_prompt_alone_is_dropped_and_a_paragraph_pointing_to_more_is_kept() -> None:
    story = STORIES["de"]
    assert clean_blocks([*story, "Kommentare lesen und schreiben, hier klicken"], title=None) == (
        story
    )
    pointer = (
        "Die Kandidatinnen und Kandidaten aller Parteien stellen sich am Donnerstag im "
        "Bürgerhaus vor; die vollständige Liste der Wahlvorschläge finden Sie, wenn Sie hier "
        "klicken."
    )
    assert clean_blocks([*story, pointer], title=None) == [*story, pointer]


# Service news closes on subscriptions, apps and bulletins, speaking to the reader about other
# people's, or telling what someone told the paper ("nos confirmaron", "vertelt ons").
SERVICE_ENDINGS = {
    "de": [
        "Das Ticket gibt es nur im Abo, und Sie können es jeden Monat bis zum Zehnten kündigen.",
        "Die Warn-App gibt es kostenlos im App Store und bei Google Play, du brauchst dafür "
        "nur ein Konto.",
    ],
    "es": [
        "El decreto fue publicado este martes en el Boletín Oficial del Estado, según nos "
        "confirmaron fuentes del ministerio."
    ],
    "nl": [
        "Het abonnement op de bus wordt per 1 januari vier euro duurder, vertelt de "
        "woordvoerder ons."
    ],
}


@pytest.mark.parametrize(
    ("lang", "ending"), [(lang, e) for lang, endings in SERVICE_ENDINGS.items() for e in endings]
)
def test_service_news_naming_subscriptions_is_kept(lang: str, ending: str) -> None:
    blocks = [*STORIES[lang], ending]
    assert clean_blocks(blocks, title=None) == blocks


# A blog's author signs off asking to be followed.
FOLLOW_ME = [
    ("de", "Ich bin Fotografin aus Leipzig und liebe Reportagen. Folgt mir gerne auf Instagram."),
    ("de", "Du kannst mir auch auf Facebook und Mastodon folgen."),
    ("fr", "Suivez-moi sur Instagram pour voir les coulisses du reportage."),
    ("es", "Sígueme en Instagram para ver más fotos de la ciudad."),
    ("it", "Seguimi su Instagram per altre foto del quartiere."),
    ("pt", "Siga-me no Instagram para mais fotos da cidade."),
    ("nl", "Volg mij op Instagram voor meer foto's van de stad."),
    ("pl", "Obserwuj mnie na Instagramie, aby zobaczyć więcej zdjęć."),
]


@pytest.mark.parametrize(("lang", "line"), FOLLOW_ME)
def test_authors_follow_me_sign_off_is_dropped(lang: str, line: str) -> None:
    story = STORIES[lang]
    assert clean_blocks([*story, line], title=None) == story


def test_followers_told_of_in_a_report_are_kept() -> None:
    ending = "Rund 40.000 Menschen, die uns auf Instagram folgen, stimmten ab, sagte der Sprecher."
    blocks = [*STORIES["de"], ending]
    assert clean_blocks(blocks, title=None) == blocks
