import warnings

from scrape.extraction.body import clean_blocks

warnings.simplefilter("ignore")

STORY = {
    "de": [
        "Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau einer neuen Straßenbahnlinie beschlossen, die den Norden der Stadt mit dem Hauptbahnhof verbinden soll.",
        "Die Kosten für das Projekt werden auf rund 180 Millionen Euro geschätzt; ein großer Teil soll aus Fördermitteln des Bundes und des Landes kommen.",
        "Die Bauarbeiten sollen im Frühjahr 2026 beginnen und etwa vier Jahre dauern. Während dieser Zeit müssen Autofahrer mit Umleitungen rechnen.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi la prolongation du service de ferry pendant tout l'hiver, avec deux traversées tardives en semaine.",
        "Les élus ont expliqué que la décision faisait suite à des mois de plaintes de la part des usagers qui prennent le ferry chaque jour.",
        "L'opérateur embauchera six membres d'équipage supplémentaires et prévoit que le nouvel horaire entre en vigueur le premier décembre.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes ampliar el servicio de ferry durante todo el invierno, con dos cruces nocturnos entre semana y uno temprano.",
        "Los concejales dijeron que la decisión llega tras meses de quejas de los usuarios que dependen del ferry para ir a trabajar a diario.",
        "La empresa contratará a seis tripulantes más y espera que el nuevo horario entre en vigor el primero de diciembre, tras una revisión.",
    ],
}
lines = {
    "de": [
        "Folgen Sie uns auf Instagram und Facebook.",
        "Laden Sie jetzt unsere App herunter",
        "Abonnieren Sie unseren WhatsApp-Kanal",
        "Mehr zum Thema",
        "Lesen Sie auch:",
        "Anzeige",
        "Hier finden Sie alle Artikel zum Thema.",
        "Jetzt unseren Newsletter abonnieren!",
        "Copyright 2024 Stadtanzeiger. Alle Rechte vorbehalten.",
    ],
    "fr": [
        "Suivez-nous sur Instagram et Facebook.",
        "Téléchargez notre application",
        "Abonnez-vous à notre newsletter",
        "À lire aussi",
        "Publicité",
        "Lire aussi :",
        "Inscrivez-vous à notre lettre d'information quotidienne.",
    ],
    "es": [
        "Síguenos en Instagram y Facebook.",
        "Descarga nuestra app",
        "Suscríbete a nuestro canal de WhatsApp",
        "Lee también:",
        "Publicidad",
        "Te puede interesar",
        "Recibe las noticias en tu correo.",
    ],
}
for lang in STORY:
    S = STORY[lang]
    for line in lines[lang]:
        out = clean_blocks([*S[:2], line, *S[2:]], title=None)
        if line in out:
            print(lang, "KEPT", line)
