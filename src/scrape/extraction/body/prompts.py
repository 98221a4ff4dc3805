"""The prompts, labels and menus that close an article page rather than its text, and the
newsletter pitches set between its paragraphs."""

from __future__ import annotations

import re

from ..dom import text_words
from .common import BIO, COMMISSION, LINE_WORDS, PROSE_END

# Prompts that close an article page rather than its text: newsletter and follow prompts,
# disclosures, author-box labels, donation and copyright lines.
_PROMPT = re.compile(
    r"\b(?:subscribe[sd]?|sign\s+up|inbox|in\s+(?:ihr|dein)(?:em)?\s+(?:e-?mail-)?postfach|follow\s+(?:us|me|topics|authors)|share\s+(?:this|it)|pin\s+it|"
    rf"disclaimer|disclosure|affiliate\s+links?|{COMMISSION}|written\s+by|reviewed\s+by|"
    r"about\s+the\s+authors?|author\s+page|all\s+rights\s+reserved|copyright|donate|patreon|"
    r"sponsorship|editorial\s+(?:process|guidelines|policy|standards)|work\s+with\s+us|"
    r"download\s+(?:our|the)\s+(?:\w+\s+){0,2}app|get\s+our\s+(?:\w+\s+){0,2}newsletters?|"
    # A sign-up form's own lines.
    r"enter\s+a\s+valid\s+e-?mail|thank\s+you\s+for\s+(?:registering|subscribing|signing\s+up))\b|"
    # An author box's label alone on its line.
    r"^\W*(?:the\s+)?authors?\W*$",
    re.IGNORECASE,
)
# A wire service's or the site's legal notice, however long: "Copyright 2024 The Associated
# Press. All rights reserved. This material may not be published, broadcast, rewritten or
# redistributed."
_LEGAL_NOTICE = re.compile(
    r"(?:copyright|©).{0,120}\ball\s+rights\s+reserved"
    # ... or the sign and the year opening the line ("© 2024 Global News, a division of ...").
    r"|^(?:copyright\s*)?©\s*(?:19|20)\d\d\b"
    r"|may\s+not\s+be\s+(?:re)?published,?\s+broadcast,?\s+rewritten"
    # ... and in the other languages of the press, where the phrase says it alone: "Alle
    # Rechte vorbehalten", "Tous droits réservés", "무단 전재 및 재배포 금지", "無断転載を禁じます",
    # "未经授权禁止转载".
    r"|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|reproduction\s+interdite"
    r"|todos\s+los\s+derechos\s+reservados|prohibida\s+(?:su\s+)?reproducción"
    r"|tutti\s+i\s+diritti\s+riservati|riproduzione\s+riservata|todos\s+os\s+direitos\s+reservados"
    r"|alle\s+rechten\s+voorbehouden|все\s+права\s+защищены|wszelkie\s+prawa\s+zastrzeżone"
    r"|tüm\s+hakları\s+saklıdır|hak\s+cipta\s+dilindungi|جميع\s+الحقوق\s+محفوظة"
    r"|무단\s*전재|재배포\s*금지|無断(?:転載|複製)|版权所有|版權所有"
    r"|[未非][经經](?:正式|书面|書面|本网|本站)?(?:授权|授權|许可|許可)[^。]{0,12}?"
    r"(?:[转轉][载載]|复制|複製|使用|摘[编編]|刊[登发發])|[禁严嚴][止禁][转轉][载載]"
    # ... and the Ukrainian and Russian terms of quoting ("При цитуванні і використанні
    # будь-яких матеріалів ...", "При цитировании и использовании материалов ...").
    r"|при\s+(?:цитуванні|цитировании)\s+(?:і|и)\s+(?:використанні|использовании)"
    r"|перепечатка\s+.{0,40}?\s+запрещена"
    # ... and the syndicated press release's ("This document is subject to copyright").
    r"|this\s+document\s+is\s+subject\s+to\s+copyright"
    # ... and a portal's note on a wire's copy it did not edit ("This report is
    # auto-generated from ANI news service. ThePrint holds no responsibility for its
    # content.", "has not been edited by ... staff and is published from a syndicated feed").
    r"|auto-generated\s+from\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:news\s+service|feed|wire)\b"
    r"|holds?\s+no\s+responsibility\s+for\s+(?:its|the|this)\s+content"
    # ... and where the story ran in print ("Appeared in the May 2, 2024, print edition
    # as ...", "This article was first published in the print edition of ...").
    r"|^(?:this\s+(?:article|story|piece)\s+)?(?:appeared|was\s+(?:first\s+)?published)\s+in\s+"
    r"the\s+(?:[\w,]+\s+){0,5}?print\s+edition\b"
    # ... and the Indonesian ban on taking the content ("Dilarang keras mengambil konten").
    r"|dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin)\s+(?:konten|isi|artikel)"
    r"|(?:has\s+)?not\s+been\s+edited\s+by\s+.{2,40}?\s+staff\b"
    # ... and the newsroom's own description closing its stories ("Capitol News Illinois is
    # a nonprofit, nonpartisan news service covering state government. It is distributed
    # ...", "The Beacon is part of Local Press, a nonprofit news network").
    r"|^(?:[\w.&'’-]+\s+){1,5}is\s+(?:part\s+of\s+[^,.]{2,40},\s+)?an?\s+(?:independent,?\s+)?"
    r"(?:nonprofit|non-profit|not-for-profit)(?:,\s*(?:nonpartisan|non-partisan|independent))?\s+"
    r"(?:news|newsroom|media|journalism)\b"
    # ... and a press service's terms of reprinting ("Der Text ist für Medien frei
    # verwendbar. Bitte Quelle angeben", "Abdruck honorarfrei").
    r"|\b(?:ist|sind)\s+(?:für\s+(?:die\s+)?(?:medien|redaktionen)\s+)?(?:frei|honorarfrei|kostenlos)\s+"
    r"(?:verwendbar|nutzbar)|\babdruck\s+(?:honorarfrei|kostenfrei|kostenlos)|bitte\s+quelle\s+angeben"
    # ... and the gambling regulator's notice a betting offer carries ("When the fun stops,
    # stop. Please gamble responsibly. 18+", "Spiele verantwortungsbewusst").
    r"|\bplease\s+(?:bet|gamble)\s+responsibly\b|\bwhen\s+the\s+fun\s+stops,?\s+stop\b"
    r"|\bbegambleaware\b|\bspiel(?:e|en\s+sie)\s+verantwortungs(?:bewusst|voll)\b",
    re.IGNORECASE | re.DOTALL,
)
# The lines Chinese news closes with: the responsible editor, the source, the end mark
# ("责任编辑：王小明", "本文来源：新华社", "（完）").
_CLOSING_LINE = re.compile(
    r"^[【\[]?(?:(?:责任编辑|責任編輯|编辑|編輯|本文来源|來源|来源)\s*[:：]|[（(](?:完|全文完)[)）]$)"
    # The broadcaster's reminder to its public ("《TVBS》提醒您：炎熱天氣外出注意防曬").
    r"|^[《〈]?[^\s《》]{2,12}[》〉]?\s*提醒(?:您|你)\s*[:：]"
    # The page's code to open it on a phone: "扫一扫在手机打开当前页".
    r"|^扫一扫"
    # A broadcast's credits in Korean ("(영상취재 : 김민호, 영상편집 : 이소영)").
    r"|^[（(\[]?\s*(?:영상\s*취재|영상\s*편집|촬영\s*기자)\s*[:：]"
)
# The newsroom asking for tips: "Have a news tip? Email us at ...", "Got a story tip?".
# ... or a story for the paper ("Got a story?", "We pay for your stories!").
_TIP = re.compile(
    r"\b(?:(?:have|got)\s+a\s+(?:news\s+|story\s+)?tip(?:\s+(?:we\s+should\s+know|for\s+us))?\s*\?|"
    r"send\s+us\s+(?:a\s+|your\s+)?"
    r"(?:news\s+|story\s+)?tips?\b|(?:do\s+you\s+have|have\s+you\s+got|got)\s+a\s+story"
    r"(?:\s*\?|\s+for\s+(?:us|the)\b|\s+you['’]d\s+like\s+to\s+share\s*\?)|"
    r"we\s+pay\s+for\s+your\s+(?:stories|videos|pictures|photos)\b|"
    # ... or the reader's word on the story ("Questions or comments on this article? E-mail
    # us", "Have an opinion about this story? Click here to submit a Letter to the Editor").
    r"(?:questions|comments|feedback)(?:\s+(?:or|and)\s+(?:questions|comments|feedback))?\s+"
    r"(?:on|about)\s+this\s+(?:article|story)\s*\?|"
    # ... or where to send it ("Please direct any comments or questions about this article
    # to ...").
    r"(?:direct|send|address)\s+(?:any\s+|your\s+)?(?:questions|comments|feedback)"
    r"(?:\s+(?:or|and)\s+(?:questions|comments|feedback))?\s+(?:on|about|regarding)\s+this\s+"
    r"(?:article|story)\s+to\b|"
    r"have\s+(?:an\s+opinion|something\s+to\s+say)\s+(?:about|on)\s+this\s+(?:article|story)\s*\?|"
    r"submit\s+a\s+letter\s+to\s+the\s+editor\b|"
    r"if\s+you\s+have\s+a\s+(?:news\s+)?story\b[^.?!]{0,60}?\b(?:e-?mail|contact|call|message)\s+us\b|"
    r"get\s+in\s+touch\s+with\s+(?:our|the)\s+news\s*(?:team|desk|room)\b|"
    r"you\s+can\s+get\s+in\s+touch\s+(?:with\s+us\s+)?(?:by|via)\s+(?:e-?mail(?:ing)?|whatsapp|"
    r"texting|messaging)\b|"
    # ... and to follow the site, named, on a channel ("Follow Daily Mirror on WhatsApp for
    # latest news"; "Follow him on Instagram" closes a story about him).
    r"(?:^|(?<=[.!?]\s))follow\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*){0,3})\s+on\s+"
    r"(?:whatsapp|telegram|google\s+news)\b|"
    # ... or its section, on its networks listed ("Follow the New York Times Opinion section
    # on Facebook, Instagram, TikTok, Bluesky, WhatsApp and Threads.").
    r"(?:^|(?<=[.!?]\s))follow\s+the\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*){0,4})\s+"
    r"(?:section|desk|team)\s+on\s+(?:facebook|instagram|x|twitter|tiktok|bluesky|whatsapp|threads)\b|"
    # ... and in German, opening a sentence ("Haben Sie etwas gesehen? Schicken Sie uns
    # Ihre Fotos und Videos").
    # ... in Polish ("Masz newsa, zdjęcie lub filmik? Prześlij nam ...").
    r"masz\s+newsa\b|prześlij(?:cie)?\s+nam\b|"
    # ... in Japanese ("情報提供を募集しています", "情報提供はこちら").
    r"情報提供を(?:募集|お待ち)|情報提供はこちら|情報をお寄せください|"
    # ... in the Nordic languages ("Tips oss!", "Tipsa oss", "Tip os").
    r"\btips(?:a)?\s+oss\b|\btip\s+os\b|"
    r"(?:^|(?<=[?!.]\s))(?:(?:schicken|senden)\s+sie\s+(?:sie\s+|diese\s+)?uns\s+(?:ihre\s+|per\s+)?|"
    r"(?:schick|sende)\s+uns\s+(?:deine[nm]?\s+)?)(?:fotos|bilder|videos|hinweise?|tipps?|whatsapp)|"
    # ... asking whether the reader has pictures of it ("Sie haben Fotos oder Videos vom
    # Unwetter?").
    r"(?:^|(?<=[?!.]\s))(?:sie\s+haben|haben\s+sie|hast\s+du|du\s+hast)\s+(?:fotos|videos|bilder)"
    r"(?:\s+(?:oder|und)\s+(?:fotos|videos|bilder))?\s+(?:vo[nm]|zu[mr]?)\b[^?]{0,60}\?|"
    # ... and in the Nordic languages ("Har du billeder eller video fra branden?").
    r"(?:^|(?<=[?!.]\s))har\s+du\s+(?:billeder|bilder|video|videoer|filmer|fotos?)\b[^?]{0,80}\?)",
    re.IGNORECASE,
)
# ... and for the readers' support ("The Tyee is supported by readers like you. Join us
# and grow independent media in Canada."), and the site's mail ("Our morning email breaks
# down the key stories of the day").
_PITCH = re.compile(
    r"\b(?:supported|funded)\s+by\s+(?:readers|members|listeners|viewers)\s+like\s+you\b"
    # ... and to its newsletter, in a sentence of its own ("Want more ...? Sign up for
    # Mashable's weekly Light Speed newsletter."), or as the newsletter's box describes
    # it ("A morning briefing on what you need to know in the day ahead").
    r"|(?:^|(?<=[.!?]\s))sign\s+up\s+(?:for|to)\s+(?:[\w'’.-]+\s+){0,5}newsletters?\b"
    r"|^an?\s+(?:morning|daily|evening|weekly|weekday)\s+(?:briefing|newsletter|email|e-mail)\s+"
    r"(?:on|with|of)\s+what\s+you\s+need\s+to\s+know\b"
    # ... and to answer the site's survey of its readers ("Legit.ng Reader Survey: Share
    # your thoughts and help us shape ...", "Take our 2-minute survey").
    r"|\b(?:reader|audience)s?['’]?\s+survey\b.{0,40}?\b(?:share|tell|take|help)\b"
    r"|\btake\s+our\s+(?:[\w-]+\s+)?survey\b"
    # ... and to keep up with the site's news ("Keep up with all the latest news from the UK
    # and around the world by following Sky News").
    r"|(?:^|(?<=[.!?]\s))keep\s+up\s+(?:to\s+date\s+)?with\s+(?:all\s+)?the\s+latest\s+"
    r"(?:news|updates|stories)\b.{0,80}?\b(?:by\s+following|follow(?:ing)?|subscrib\w*|download\w*)\b"
    r"|\bour\s+(?:free\s+)?(?:morning|daily|weekly|evening|weekday|weekend)\s+(?:email|e-mail|"
    r"newsletter|briefing)\b"
    # ... and what the support pays for ("Your support keeps our reporting free for
    # everyone", "Unabhängiger Journalismus für Luxemburg – ab 12 Euro im Monat").
    r"|\byour\s+support\s+(?:keeps|makes|helps|powers|funds)\s+(?:our|this)\s+"
    r"(?:reporting|journalism|work|newsroom)\b"
    r"|\b(?:journalismus|journalism)\b.{0,60}?\b(?:ab|für|nur|for|from)\s+(?:just\s+|only\s+)?"
    r"[$€£]?\s?\d+(?:[,.]\d+)?\s*(?:euro|€|chf)?\s*(?:im|pro|a|per)\s+(?:monat|month|woche|week)\b"
    # ... and who pays for the site ("Die NachDenkSeiten finanzieren sich ausschließlich über
    # Spenden ihrer Leser", "Dagens ETC är en oberoende tidning som finansieras av våra
    # läsare", "Gracias a nuestros socios podemos seguir haciendo periodismo independiente").
    r"|\b(?:funded|financed)\s+(?:entirely\s+|solely\s+|only\s+|mainly\s+)?by\s+(?:our\s+)?"
    r"(?:readers|members|subscribers)\b"
    r"|\bfinanzier(?:en|t)\s+sich\s+(?:\w+\s+){0,2}(?:über|durch|aus)\s+(?:\w+\s+){0,2}"
    r"(?:spenden|abonnements|abos|leser)"
    r"|\bfinansieras\s+av\s+(?:våra\s+)?(?:läsare|prenumeranter)"
    r"|\bfinansieres\s+a[fv]\s+(?:vores|våre)\s+(?:læsere|lesere|abonnenter)"
    r"|\bgracias\s+a\s+(?:nuestr[oa]s|tus?|vuestr[oa]s?)\s+(?:socios|socias|suscriptores|lectores|"
    r"apoyo)\b.{0,60}?\bperiodismo\b"
    # ... and in Chinese ("獨立的聲音需要你的支持": an independent voice needs your support).
    r"|需要(?:你|您)的(?:支持|贊助|赞助|捐款)"
    # ... and the print issue's sale ("Kaufen Sie die aktuelle Ausgabe bei Ihrer Verkäuferin").
    r"|\b(?:kaufen|holen|bestellen)\s+sie\s+(?:sich\s+)?(?:jetzt\s+)?(?:die|unsere)\s+"
    r"(?:aktuelle|neue|neueste)\s+(?:print-?)?ausgabe\b"
    r"|\b(?:buy|pick\s+up)\s+(?:a\s+copy\s+of\s+)?(?:the|our)\s+(?:latest|current|new)\s+"
    r"(?:print\s+)?issue\b",
    re.IGNORECASE,
)
_TIP_LINE_WORDS = 30
# A subscription's trial offer ("Testen Sie ff digital vier Wochen lang für 1 Euro"), in
# lower case as both patterns below read it.
_TRIAL = (
    r"(?:testen\s+sie|teste|lesen\s+sie)\s+(?:[\w+-]+\s+){0,3}(?:\d+|zwei|drei|vier|sechs|acht)\s+"
    r"(?:wochen|monate)\s+(?:lang\s+)?(?:für|ab|um)\s+(?:nur\s+)?\d"
)
# What an embedded post, map or player leaves in the text when the reader has not agreed
# to load it or runs no script, and a paywall's notice, in the languages of the press:
# "Empfohlener externer Inhalt", "Ich bin damit einverstanden, dass mir externe Inhalte
# angezeigt werden", "View this post on Instagram", "Please enable JavaScript", "Dieser
# Inhalt ist nur für Abonnenten verfügbar". Written in lower case and matched against the
# lower-cased line, as :data:`_CALL` is.
_PLACEHOLDER = re.compile(
    r"\b(?:einverstanden,?\s+dass\s+mir\s+externe\s+inhalte|"
    r"mit\s+dem\s+laden\s+(?:des\s+(?:inhalts|videos|beitrags)\s+)?akzeptieren\s+sie\b|"
    r"an\s+dieser\s+stelle\s+(?:finden\s+sie|ist|befindet\s+sich)\s+(?:ein(?:en)?\s+)?"
    r"(?:externe[rn]?|eingebettete[rn]?)\s+(?:inhalt|beitrag|video)|"
    r"aktivieren\s+sie\s+(?:bitte\s+)?javascript|"
    r"enable\s+javascript\s+(?:in\s+your|to\s+(?:view|see|watch|use))|"
    r"view\s+this\s+post\s+on\s+(?:instagram|facebook|x|twitter|tiktok)|"
    r"this\s+(?:content|embed)\s+is\s+(?:provided|hosted|imported)\s+(?:by|from)|"
    r"(?:accept|allow|enable)\s+(?:all\s+)?cookies\s+to\s+(?:view|see|watch|load|show)|"
    r"click\s+(?:here\s+)?to\s+(?:view|load|show)\s+(?:the\s+)?(?:embedded\s+)?content|"
    r"ce\s+contenu\s+est\s+bloqué|activez\s+(?:le\s+)?javascript|"
    r"nur\s+für\s+(?:abonnent(?:en|innen)|abo-?kunden)\s+(?:verfügbar|sichtbar|lesbar)|"
    r"exklusiv\s+für\s+(?:abonnent(?:en|innen)|abo-?kunden)\b|"
    r"lesen\s+sie\s+(?:jetzt\s+)?(?:diesen|den)\s+(?:artikel|beitrag)\s+und\s+alle\s+weiteren\s+"
    r"(?:inhalte|artikel)|"
    # An embed's stand-in ("Hier steht ein Video von YouTube.").
    r"hier\s+steht\s+ein(?:e)?\s+(?:video|beitrag|post|tweet|inhalt|karte|podcast)\s+von\b|"
    # ... or says whose it is ("Dieser Inhalt wird von Instagram bereitgestellt.").
    r"(?:dieser|der\s+folgende|externer)\s+inhalt\s+(?:wird\s+von\s+\S+\s+(?:bereitgestellt|"
    r"zur\s+verfügung\s+gestellt)|stammt\s+von\s+(?:instagram|youtube|x|twitter|facebook|tiktok|"
    r"spotify|podigee|datawrapper|vimeo))|"
    # ... and the Nordic paywall's offer of every article ("Få tillgång till alla artiklar
    # på ystadsallehanda.se och i appen. Ingen bindningstid.", "1 månad för 1 kr").
    r"få\s+(?:tillgång|tilgang|adgang)\s+til(?:l)?\s+(?:alla|alle)\s+(?:\w+\s+)?(?:artiklar|artikler)\b|"
    r"ingen\s+bindningstid|(?:\d+|en|ett)\s+(?:månad|måned|mån)\s+(?:för|for)\s+\d+\s*kr\b|"
    r"(?:prova|testa|prøv)\s+(?:\S+\s+){0,3}(?:för|for)\s+\d+\s*kr\b|"
    # The Nordic paywall's offer ("Läs vidare med NK Plus", "Les videre med +").
    r"(?:läs|les|læs)\s+(?:vidare|videre)\s+med\b|"
    r"(?:available|open)\s+only\s+(?:to|for)\s+(?:paying\s+)?subscribers|"
    r"(?:comments|commenting)\s+(?:are|is)\s+(?:only\s+)?(?:open|available)\s+(?:only\s+)?"
    r"(?:to|for)\s+(?:paying\s+)?subscribers|"
    # ... in Dutch ("Lees het hele verhaal met AD Premium"), and in English ("Continue
    # reading with a Dispatch membership").
    r"lees\s+(?:het\s+hele\s+(?:verhaal|artikel)|verder)\s+met\b|^weiterlesen\s+mit\s+[^.!?]{2,40}$|"
    r"continue\s+reading\s+with\s+(?:a|an|your)\s+(?:[\w.'’-]+\s+){0,3}"
    r"(?:membership|subscription)\b|"
    # ... and its trial offer, in a paywall's box ("Noch kein Abo? Testen Sie ...").
    rf"{_TRIAL}|"
    r"only\s+(?:[\w-]+\s+){0,2}(?:subscribers|members)\s+can\s+(?:comment|read|see|listen)\b|"
    r"(?:create|choose)\s+a\s+(?:username|screen\s+name)\s+to\s+comment\b|"
    r"réservée?s?\s+aux\s+abonnés|exclusivo\s+para\s+(?:suscriptores|assinantes)|"
    r"riservato\s+agli\s+abbonati|"
    # The wall's terms ("Um diesen Artikel zu lesen, benötigen Sie ...", "To continue
    # reading this article, you must subscribe").
    r"um\s+(?:diesen|den)\s+(?:artikel|beitrag|text)\s+(?:weiter\s+|vollständig\s+)?"
    r"(?:zu\s+lesen|lesen\s+zu\s+können),?\s+(?:benötigen|brauchen)\s+sie|"
    r"to\s+(?:continue\s+)?read(?:ing)?\s+(?:the\s+rest\s+of\s+)?this\s+(?:article|story),?\s+"
    r"(?:you\s+(?:need|must|have)|please|subscribe|sign\s+in|log\s+in)|"
    # ... or for a free account ("Read this article for free: Create an account or Log in").
    r"read\s+this\s+(?:article|story)\s+for\s+free\b|"
    # A metered paywall's count ("You've read 1 article in the last month").
    r"you(?:['’]ve|\s+have)\s+read\s+(?:\d+|all)\s+(?:of\s+(?:your\s+)?\d+\s+)?(?:free\s+)?"
    r"articles?\b|sie\s+haben\s+\d+\s+von\s+\d+\s+(?:kostenlosen\s+|freien\s+)?artikel|"
    # ... or what it leaves, the count often a script's blank ("You have /5 articles left.",
    # "Sie haben noch 2 kostenlose Artikel").
    r"you\s+have\s+\S{0,6}\s*(?:free\s+)?(?:articles?|stories)\s+(?:left|remaining)\b|"
    r"sie\s+haben\s+noch\s+\S{1,6}\s+(?:kostenlose|freie)\s+artikel\b|"
    # ... and in German, the offer with its price ("Alle Artikel auf RP ONLINE lesen – 1
    # Monat für 0,99 €", "Jetzt stern+ lesen und alle Artikel freischalten – die ersten vier
    # Wochen kostenlos", "Alle Artikel lesen, jederzeit kündbar.").
    r"alle\s+(?:\w+\+?\s+)?artikel\s+(?:auf\s+[^,.–]{2,30}?\s+)?(?:lesen|freischalten)\b[^.]{0,60}?"
    r"(?:€|euro|kostenlos|gratis|kündbar)|"
    # ... or the first month's price ("första månaden för 1 krona", "first month for $1").
    r"(?:first|första|første|eerste|ersten?)\s+(?:month|månaden|måneden|måned|maand|monat)\s+"
    r"(?:for|för|til|voor|für)\s+(?:just\s+|only\s+|nur\s+)?[$€£]?\s?\d|"
    # ... or for the registered reader ("Esta funcionalidad es sólo para registrados").
    r"(?:s[oó]lo|únicamente)\s+para\s+(?:usuarios\s+)?registrados|"
    r"nur\s+für\s+registrierte\s+(?:nutzer|leser)|only\s+(?:available\s+)?(?:to|for)\s+registered\s+"
    r"(?:users|readers|members)|réservée?s?\s+aux\s+(?:inscrits|utilisateurs\s+inscrits)|"
    # The offer a paywall makes, and its door for subscribers.
    r"(?:enjoy|get)\s+unlimited\s+(?:digital\s+)?access|already\s+(?:a\s+)?(?:subscriber|member)\s*\?|"
    r"(?:sie\s+sind\s+)?bereits\s+abonnent(?:in)?\s*\?|déjà\s+abonnée?\s*\?|"
    r"¿?ya\s+eres\s+(?:suscriptor|socio)\s*\?|sei\s+già\s+abbonato\s*\?|"
    r"j[aá]\s+é\s+assinante\s*\?)"
)
# A word every placeholder holds: lines without one are not searched.
_PLACEHOLDER_WORDS = (
    "inhalt",
    "continue reading",
    "weiterlesen",
    "akzeptieren sie",
    "username",
    "hier steht",
    "an dieser stelle",
    "javascript",
    "post on",
    "content",
    "embed",
    "cookies",
    "contenu",
    "abo",
    "subscri",
    "regist",
    "inscrits",
    "suscrip",
    "socio",
    "assinante",
    "abbonat",
    "access",
    "member",
    "ve read",
    "vidare",
    "tillgång",
    "tilgang",
    "adgang",
    "bindningstid",
    " kr",
    "videre",
    "have read",
    "articles left",
    "article left",
    "stories left",
    "articles remaining",
    "article remaining",
    "stories remaining",
    "haben noch",
    "first month",
    "första månaden",
    "første måned",
    "eerste maand",
    "ersten monat",
    "alle artikel",
    "alle plus",
    "artikeln",
    "um diesen",
    "um den",
    "read this",
    "reading this",
    "rest of this",
)


# A pointer set in square brackets between paragraphs, opening with its label in capitals
# ("[DOWNLOAD: Free WSB-TV News app for alerts as news breaks]", "[SIGN UP: ...]").
_BRACKETED_POINTER = re.compile(
    r"\[(?:DOWNLOAD|SIGN\s+UP|WATCH|RELATED|READ(?:\s+MORE)?|LISTEN|SUBSCRIBE|MORE|ALSO\s+READ|"
    r"PHOTOS|VIDEO|LINK)\s*:[^\]]{3,160}\]"
)


def _placeholder(text: str) -> bool:
    if _BRACKETED_POINTER.fullmatch(text.strip()) is not None:
        return True
    lowered = text.lower()
    return (
        any(w in lowered for w in _PLACEHOLDER_WORDS) and _PLACEHOLDER.search(lowered) is not None
    )


# A control's label on a line of its own: share, listen, comment, read on, back to the
# front page ("Artikel teilen", "Jetzt kommentieren", "Listen to this article").
_CONTROL = re.compile(
    r"(?:artikel\s+(?:teilen|anhören|vorlesen(?:\s+lassen)?|merken|drucken|verschenken)|"
    r"(?:hören\s+sie\s+(?:hier\s+)?den\s+artikel|den\s+artikel\s+anhören)|"
    r"(?:zum|für\s+den)\s+newsletter\s+anmelden|"
    r"(?:(?:den|unseren)\s+)?newsletter(?:\s+(?:von|der|des)\s+\S+)?\s+(?:abonnieren|bestellen)|"
    # An embed's placeholder titled alone ("Empfohlener externer Inhalt", "Contenu externe").
    r"(?:empfohlene[rn]?\s+)?(?:redaktionelle[rn]?\s+)?externe[rn]?\s+inhalte?(?:\s+(?:anzeigen|"
    r"laden|aktivieren|zulassen))?|inhalte\s+von\s+drittanbietern|contenu\s+externe|"
    r"contenido\s+externo|contenuto\s+esterno|externe\s+inhoud|treść\s+zewnętrzna|"
    r"zur\s+startseite|jetzt\s+kommentieren|republish\s+this\s+(?:article|story)|"
    r"join\s+our\s+comment(?:ing|s)?\s+(?:forum|section|community)|"
    # The heading of the most-read list ("Most Read from Bloomberg"; the other languages'
    # are teaser lead-ins, :mod:`..blocks`).
    r"most\s+(?:read|popular|viewed)(?:\s+(?:from|on|at)\s+[\w\s.'-]{2,30})?|"
    r"(?:vídeos:\s+)?mais\s+(?:assistidos|lidas|lidos|vistos)(?:\s+d[oa]\s+\S+)?|"
    r"(?:lo\s+)?más\s+(?:leído|leídas|visto|vistos)(?:\s+de\s+\S+)?|"
    r"(?:i\s+)?più\s+(?:letti|visti|lette)|(?:les\s+)?plus\s+lus|"
    # The comments' heading ("Deine Meinung zählt", "Your opinion matters").
    r"(?:deine|ihre|eure)\s+meinung\s+(?:zählt|ist\s+gefragt)|your\s+(?:opinion|views?)\s+matters?|"
    r"votre\s+avis\s+(?:compte|nous\s+intéresse)|tu\s+opini[oó]n\s+(?:importa|cuenta)|"
    r"(?:toggle|hide|show)\s+caption|click\s+to\s+expand|"
    r"copy\s+link|(?:sponsored|paid)\s+content|gesponserter\s+inhalt|article\s+content|"
    r"kommentare?\s+(?:lesen|anzeigen)|mehr\s+lesen|"
    r"(?:jetzt\s+)?(?:mit\s+\S+(?:\s+\S+)?\s+)?weiterlesen(?:\s+mit\s+\S+(?:\s+\S+)?)?|"
    r"lesen\s+sie\s+(?:jetzt\s+)?weiter(?:\s+mit\s+\S+(?:\s+\S+)?)?|share\s+(?:this\s+)?(?:article|story)|listen\s+to\s+(?:this\s+)?"
    r"(?:article|story)|back\s+to\s+(?:top|home)|partager\s+(?:cet\s+|l['’])article|"
    r"écouter\s+(?:cet\s+)?article|lire\s+la\s+suite|compartir\s+(?:este\s+)?artículo|"
    r"escuchar\s+(?:este\s+)?artículo|leer\s+más|condividi\s+(?:questo\s+)?articolo|"
    r"ascolta\s+(?:questo\s+|l['’])articolo|artikel\s+delen|deel\s+(?:dit\s+)?artikel|lees\s+verder|"
    r"udostępnij\s+artykuł|czytaj\s+dalej|"
    # The heading of the story's tag list, left when the list's links are gone ("Topics",
    # "Themen", "Mots-clés").
    r"(?:related\s+)?topics|tags|themen|"
    r"schlagw(?:ö|o)rte?r?(?:\s+zu\s+diesem\s+(?:artikel|beitrag|thema))?|mots[- ]clés|temas|"
    r"etiquetas|argomenti|tópicos|onderwerpen|tematy)\W*",
    re.IGNORECASE,
)


# A control's label is short.
_CONTROL_CHARS = 40


def _control(text: str) -> bool:
    return len(text) <= _CONTROL_CHARS and _CONTROL.fullmatch(text) is not None


# The calls a page makes to its reader, in the languages of the press. Each is addressed by
# its own wording: an imperative with the site or the reader in it ("Folgen Sie uns",
# "Síguenos", "Abonnez-vous", "Zapraszamy do subskrypcji"), a question about the site's own
# things ("Kennt ihr schon unseren ...?", "Gefällt dir unser Magazin?"), a request for a
# comment or the reader's basket. A report tells of people who follow, subscribe or
# donate in the third person: none of these forms.
_CALL = re.compile(
    r"\b(?:"
    # Follow us, or the author.
    r"folg(?:en\s+sie|e|t)\s+(?:uns|mir)|"
    # ... asked as a question ("Folgst du schon 20 Minuten auf WhatsApp?").
    r"(?:folgst\s+du|folgen\s+sie|folgt\s+ihr)\s+(?:schon\s+|bereits\s+)?[^?]{2,40}?\s+auf\s+"
    r"(?:whatsapp|instagram|facebook|tiktok|x|twitter|youtube|telegram|threads|bluesky)\s*\?|"
    # ... or its letters offered ("Die pressetext-News gibt es auch als Newsletter").
    r"gibt\s+es\s+(?:jetzt\s+)?auch\s+als\s+newsletter\b|"
    # ... or bidden, the site or its channel named ("Folgen Sie der HASEPOST jetzt auch bei
    # WhatsApp").
    r"(?:folgen\s+sie|folgt|folge)\s+(?:de[rmn]|unserem|unserer|uns)\s+[^.?!]{0,40}?(?:auf|bei)\s+"
    r"(?:whatsapp|instagram|facebook|tiktok|x|twitter|youtube|telegram|threads|bluesky)\b|"
    r"(?:kannst|könnt|können)\s+(?:du\s+|ihr\s+|sie\s+)?(?:uns|mir)\s+(?:\w+\s+){0,2}auf\s+"
    r"(?:\w+\s+){1,4}folgen|"
    r"suivez[- ](?:nous|moi)|suis[- ](?:nous|moi)|retrouvez[- ]nous|rejoignez[- ]nous|"
    r"s[ií]g(?:ue|a)(?:nos|me)|[úu]nete\s+a|seguici|seguiteci|seguimi|siga[- ](?:nos|me)|"
    r"segue[- ](?:nos|me)|acompanhe[- ]nos|volg\s+(?:ons|mij|me)|"
    r"obserwuj(?:cie)?\s+(?:nas|mnie)|śledź(?:cie)?\s+(?:nas|mnie)|dołącz\s+do\s+nas|"
    r"följ\s+(?:oss|mig)|følg\s+(?:oss|os|meg|mig)|sledujte\s+(?:n[aá]s|mě)|"
    r"(?:bizi|beni)\s+takip\s+edin|takip\s+etmek\s+için\s+tıkla\w*|подписывайтесь|следите\s+за\s+(?:нами|мной)|"
    r"urmări(?:ți|ti|şi|și)[- ]ne|urmăreşte[- ]ne|urmărește[- ]ne|"
    # ... the site's channel ("Ikuti Channel rasmi X di WhatsApp", "Ikuti kami di ...").
    r"ikuti\s+(?:kami|saluran|channel|(?:whatsapp|telegram|instagram)\s+(?:channel|saluran))\b|"
    # ... and its closing pointer to more ("Baca juga artikel terkait X atau tulisan lainnya").
    r"baca\s+juga\s+artikel\s+terkait\b|"
    # Watch the broadcaster on its channel or app ("Watch Sky News live on Freeview
    # channel 233 and on the Sky News app"), opening a sentence.
    r"(?:^|(?<=[.!]\s))(?:watch|stream)\s+(?:[\w'’-]+\s+){0,4}?(?:on\s+(?:[\w'’-]+\s+){0,4}?)?"
    r"(?:app|on\s+demand|freeview|youtube|channel\s+\d+)|"
    # Subscribe, sign up, download the app.
    r"abonnieren\s+sie|(?:jetzt|hier)\s+(?:abonnieren|anmelden|registrieren|bestellen)|"
    r"registrieren\s+sie\s+sich|melden\s+sie\s+sich\s+(?:jetzt\s+|hier\s+)?(?:an|für)|"
    r"abonnez[- ]vous|abonne[- ]toi|inscrivez[- ]vous|inscris[- ]toi|"
    # The site's channel on a messaging app ("Join our WhatsApp channel").
    r"sign\s+up\s+to\s+receive\s+(?:[\w-]+\s+){0,3}(?:news|headlines|updates|alerts)\b|"
    r"join\s+(?:our\s+|the\s+)?(?:[\w'’]+\s+)?(?:telegram|whatsapp|signal)\s+(?:channel|group|"
    r"community)|"
    # ... in Portuguese and Spanish ("Participe do canal do g1 SP no WhatsApp").
    r"(?:participe|entre|junte-se)\s+(?:do|no|ao)\s+(?:nosso\s+)?canal\b|"
    r"(?:únete|unite|súmate)\s+a\s+(?:nuestro\s+)?canal\b|"
    # ... or pointed to the site's front page ("Więcej informacji znajdziesz na stronie
    # głównej Onetu", "Mehr finden Sie auf unserer Startseite").
    r"(?:znajdziesz|find|finden\s+sie|trouverez|encontrarás|encontrará)\b.{0,40}?"
    r"(?:stronie\s+głównej|homepage|home\s+page|startseite|page\s+d['’]accueil|portada)|"
    r"suscr[ií]bete|suscr[ií]base|reg[ií]strate|inscr[ií]bete|iscriviti|abbonati\s+(?:ora|subito|a|al|per\s+(?:leggere|continuare|accedere|sostenere))|"
    r"assine\s+(?:já|agora|a\s+nossa|o\s+nosso)|inscreva[- ]se|subscreva|"
    # ... the paper by its name, for all of it ("Assine o Valor e tenha acesso ilimitado").
    r"assine\s+o\s+[^\s]+(?:\s+[^\s]+)?\s+e\s+tenha\s+acesso\b|"
    r"abonneer\s+(?:je|nu|u)|word\s+(?:nu\s+)?abonnee|schrijf\s+je\s+(?:nu\s+)?in|meld\s+je\s+(?:nu\s+)?aan|"
    r"zapisz\s+się|zaprenumeruj|subskrybuj|zapraszamy\s+(?:też\s+|także\s+|również\s+)?do\s+"
    r"(?:subskrypcji|prenumeraty|lektury|słuchania|oglądania)|prenumerera\s+(?:på|nu)|"
    r"tilmeld\s+dig|meld\s+deg\s+på|přihlaste\s+se\s+k\s+odběru|předplaťte|abone\s+olun?|"
    r"naročite\s+se|pretplatite\s+se|predplaťte\s+si|prihláste\s+sa\s+na\s+odber|"
    r"подпишитесь|i-follow\s+(?:ang|kami|na\s+ang)\b|sundan\s+(?:ang|kami)\b|"
    r"हमारे\s+साथ\s+.{0,60}?जुड़ें|हमें\s+.{0,30}?फॉलो\s+करें|"
    # Download the site's app ("Laden Sie jetzt unsere App herunter", "Téléchargez notre
    # application", "Descarga nuestra app").
    r"laden\s+sie\s+(?:jetzt\s+|sich\s+)?(?:unsere|die)\s+(?:[\w-]+\s+){0,2}[\w-]*app\b|lade\s+dir\s+(?:jetzt\s+)?unsere\s+app|"
    r"télécharge(?:z)?\s+(?:gratuitement\s+)?(?:notre|l['’])\s?(?:[\w-]+\s+){0,2}?"
    r"(?:appli(?:cation)?|app)\b|"
    r"descarg(?:a|ue)\s+(?:gratis\s+)?(?:nuestra|la)\s+app|scarica\s+(?:gratis\s+)?(?:la\s+nostra\s+|l['’])\s?app|"
    r"baix(?:e|a)\s+(?:o\s+(?:nosso\s+)?|a\s+(?:nossa\s+)?)?(?:app|aplicativo)|"
    r"download\s+(?:onze|de)\s+(?:[\w-]+\s+)?[\w-]*app\b|"
    # ... or have it ("Hol dir jetzt die Heute-App aufs Handy!"), or the news in it
    # ("Volg het WK ook in de NOS-app", "尽在新浪财经APP").
    r"hol\s+(?:dir|euch)\s+(?:jetzt\s+)?(?:die|unsere)\s+[\w-]*app\b|"
    r"volg\s+(?:[\w-]+\s+){0,4}(?:ook\s+)?(?:in|via|op)\s+de\s+[\w-]*app\b|"
    r"尽在.{0,12}?(?:app|客户端)|"
    r"pobierz\s+(?:naszą\s+)?aplikację|lataa\s+(?:[\w-]+\s+){0,3}-?sovellu[sk]\w*|"
    r"ladda\s+ner\s+(?:vår\s+|[\w-]+\s+){0,2}app(?:en)?|last\s+ned\s+(?:vår\s+|[\w-]+\s+){0,2}"
    r"app(?:en)?|hent\s+(?:vores\s+|[\w-]+\s+){0,2}app(?:en)?|ऐप\s+डाउनलोड\s+करें|ডাউনলোড\s+করুন\s+.{0,40}?অ্যাপ|"
    # ... or what it gives ("Mit der Stadtblatt-App erhalten Sie Eilmeldungen").
    r"mit\s+(?:der|unserer)\s+[\w-]*app\s+(?:erhalten|bekommen|verpassen)\s+sie|"
    # Support us, donate.
    # ... or try it ("Testen Sie ff digital vier Wochen lang für 1 Euro").
    rf"{_TRIAL}|"
    r"unterstütze(?:n\s+sie)?\s+(?:uns|unser)|(?:jetzt|hier)\s+spenden|spenden\s+sie|"
    r"támogasd\s+(?:a|az|minket)\b|támogass\s+minket|"
    # ... journalism of the site's kind, as its supporter ("Unterstützen Sie unabhängigen
    # Journalismus: Werden Sie jetzt NIUS-Unterstützer", "Support independent journalism").
    r"(?:unterstützen\s+sie|unterstütze|support)\s+(?:unabhängigen|freien|kritischen|"
    r"independent|quality|local)\s+(?:journalismus|journalism)|"
    r"(?:werden\s+sie|werde)\s+(?:jetzt\s+)?[\w-]*(?:unterstützer|förderer|mitglied)(?:in)?\b|"
    # Watch or hear the site's live programme ("Jetzt NIUS Live sehen").
    r"(?:jetzt|hier)\s+(?:[\w-]+\s+){0,2}live\s+(?:sehen|hören|schauen|streamen)|"
    # ... the site by its name, alone on the line ("Unterstützen Sie die taz!").
    r"unterstützen\s+sie\s+(?:jetzt\s+)?(?:die|den|das)\s+[^\s!]+\s*!?$|"
    r"soutenez[- ]nous|soutenez\s+notre|faites\s+un\s+don|ap[oó]yanos|haz\s+una\s+donaci[oó]n|"
    r"sostienici|sostieni\s+il\s+nostro|fai\s+una\s+donazione|apoie\s+(?:o\s+nosso|a\s+nossa)|"
    r"steun\s+ons|wesprzyj\s+nas|stöd\s+oss|støtt?\s+(?:oss|os)|podpořte\s+n[aá]s|"
    r"поддержите\s+нас|підтримайте\s+(?:нас|незалежну)|"
    # The site asking about its own things.
    r"(?:(?:kennt\s+ihr|kennst\s+du|kennen\s+sie)\s+(?:schon\s+|bereits\s+)?unser|"
    r"gef[äa]llt\s+(?:dir|euch|ihnen)\s+unser|connaissez[- ]vous\s+(?:déjà\s+)?not|"
    r"(?:ya\s+)?conoces\s+nuestr|conosci\s+(?:già\s+)?(?:il\s+|la\s+)?nostr|"
    r"j[aá]\s+conhece\s+(?:o\s+|a\s+)?noss|ken\s+je\s+(?:al\s+)?onze|znasz\s+(?:już\s+)?nasz)"
    r"\w*|"
    r"(?:did\s+you\s+)?(?:enjoy(?:ed)?|like[ds]?|love[ds]?)\s+(?:this\s+|our\s+)?"
    r"(?:article|story|post|recipe|podcast)\s*\?|"
    r"gostou\s+d(?:este|esta|o)\s+(?:artigo|texto|conteúdo|reportagem)\s*\?|"
    r"te\s+gust[óo]\s+(?:este|el)\s+art[ií]culo\s*\?|vous\s+avez\s+aimé\s+cet\s+article\s*\?|"
    r"hat\s+(?:ihnen|dir)\s+(?:dieser|der)\s+artikel\s+gefallen\s*\?|"
    r"ti\s+è\s+piaciuto\s+(?:questo\s+|l['’])?articolo\s*\?|"
    # A mistake the reader may report ("Sie haben einen Fehler entdeckt? Schreiben Sie uns").
    r"(?:haben\s+sie|hast\s+du|habt\s+ihr)\s+einen\s+fehler\s+(?:entdeckt|gefunden)|"
    r"fehler\s+(?:entdeckt|gefunden)\s*\?|einen\s+fehler\s+melden|"
    r"(?:spotted|found|seen|noticed)\s+(?:an?\s+)?(?:error|mistake|typo)\s*\?|"
    r"report\s+(?:an?\s+)?(?:error|mistake|typo)|(?:submit|request)\s+a\s+correction|"
    r"vous\s+avez\s+(?:rep[ée]r[ée]|trouv[ée]|vu|constat[ée])\s+une\s+(?:erreur|faute|coquille)|"
    r"signaler\s+une\s+(?:erreur|faute|coquille)|"
    r"(?:has|ha)\s+(?:visto|encontrado|detectado)\s+(?:un|algún)\s+error|"
    r"(?:comunicar|reportar|notificar)\s+(?:un\s+)?error|"
    r"(?:hai|avete)\s+(?:trovato|notato|visto)\s+un\s+errore|segnala(?:ci)?\s+un\s+errore|"
    r"(?:encontrou|viu)\s+(?:um|algum)\s+erro|(?:fout|foutje)\s+(?:gezien|gevonden)|"
    r"(?:zauważyłeś|znalazłeś)\s+błąd|"
    # The newsroom asking for the reader's word ("Haben Sie Fragen oder Anregungen?
    # Schreiben Sie uns!", "We want to hear from you").
    r"haben\s+sie\s+fragen\s+oder\s+anregungen|schreiben\s+sie\s+uns\s*!|schreib\s+uns\s*[.!]|"
    # ... and where to write, in German ("Schreiben Sie uns an nachrufe@..."); in English a
    # writer's closing "Email us at ..." is the text's own, as the labelled pages have it.
    r"(?:schreiben\s+sie|schreib|schreibt)\s+uns\s+(?:an|über|per|via|unter|eine)\b|"
    # ... or a rating of the article ("Oceń jakość naszego artykułu").
    r"oceń\s+(?:jakość\s+)?(?:naszego\s+|tego\s+)?artykuł\w*|rate\s+this\s+(?:article|story)|"
    r"bewerten\s+sie\s+(?:diesen|den)\s+artikel|"
    r"(?:schreiben\s+sie\s+uns|schreib\s+uns)\s+(?:ihre|deine)\s+meinung|"
    r"feedback\s+an\s+die\s+redaktion|we\s+want\s+to\s+hear\s+from\s+you|"
    # ... or in the site's forum ("Diskutieren Sie mit im Forum", "Diskutiere mit!").
    r"(?:diskutieren\s+sie|diskutier(?:e|t)?)\s+mit\s*(?:!|(?:im|in\s+unserem|unserem)\s+forum\b)|"
    r"(?:we['’]d|we\s+would)\s+(?:like|love)\s+to\s+hear\s+what\s+you\s+think\b|"
    # ... and how its comments are kept ("Sendungsbezogene Kommentare und Beiträge werden
    # moderiert", "Comments are moderated").
    r"kommentare\s+(?:und\s+\w+\s+)?werden\s+(?:\w+\s+)?moderiert|comments\s+are\s+(?:\w+\s+)?moderated\b|"
    r"(?:inhaltliche\s+)?anmerkungen\s+zu\s+diesem\s+(?:artikel|beitrag|text)|"
    r"thank\s+the\s+(?:reporter|author|writer)\b|"
    # The reader's opinion asked for ("Teilen Sie Ihre Meinung mit uns!"), to the site: an
    # interview's "Teilen Sie ihre Meinung?" asks whether one shares theirs.
    r"(?:teilen\s+sie\s+uns\s+ihre|teile\s+uns\s+deine)\s+meinung|"
    r"(?:sie\s+wollen|wollen\s+sie|möchten\s+sie|du\s+willst|willst\s+du)\s+uns\s+"
    r"(?:ihre|deine)\s+meinung|"
    r"(?:teilen\s+sie\s+ihre|teile\s+deine)\s+meinung\s+(?:mit\s+uns|in\s+den\s+kommentaren)|"
    # ... or the site's own ("Get the latest lifestyle updates on Times of India").
    r"get\s+the\s+latest\s+(?:[\w-]+\s+){0,2}(?:news|updates|headlines)\s+(?:on|from)\b|"
    r"stay\s+(?:updated|up\s+to\s+date|informed)\s+with\s+the\s+latest\b|"
    # ... or asks for letters ("Do you have an opinion on the issues raised in this
    # article? If you would like to submit a response ... in our letters section").
    r"have\s+an\s+opinion\s+on\s+the\s+issues\s+raised\s+in\s+this\s+(?:article|piece)|"
    r"(?:submit|send)\s+(?:a\s+)?(?:response|letter)\b.{0,80}?\bletters?\s+(?:section|page)\b|"
    # ... or is on a messaging app now ("Geo News is now on WhatsApp").
    r"is\s+now\s+on\s+(?:whatsapp|telegram|google\s+news|threads|bluesky)\b|"
    # ... or there too ("Corriere della Sera è anche su Whatsapp", "ist auch auf WhatsApp").
    r"(?:is|è|ist|est)\s+(?:also|anche|auch|aussi)\s+(?:now\s+)?(?:on|su|auf|sur)\s+"
    r"(?:whatsapp|telegram|google\s+news|threads|bluesky)\b|iscriversi\s+al\s+canale\b|"
    # ... or its news followed there live ("Track Latest News Live on NDTV.com").
    r"(?:track|catch|follow)\s+(?:all\s+)?(?:the\s+)?latest\s+(?:[\w-]+\s+){0,2}(?:news|updates|"
    r"headlines)\s+(?:live\s+)?(?:on|at)|"
    # ... or the site's letters, asked for ("Get The Watchlist delivered every Thursday").
    r"(?:^|(?<=[.!?]\s))get\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){1,4}delivered\s+"
    r"(?:to\s+your|every|each|daily|weekly)\b|"
    r"newsletter\s+(?:jetzt\s+)?(?:abonnieren|bestellen)\b|"
    # ... or followed on the site ("Don't miss out on the headlines from Townsville").
    r"don['’]t\s+miss\s+(?:out\s+on\s+)?(?:the\s+)?(?:latest\s+)?(?:news|headlines|updates)\s+"
    r"(?:from|about|on|in)\b|"
    # The news offered by mail ("Recibe las noticias en tu correo").
    r"recib[ae]\s+(?:las|nuestras)\s+(?:noticias|novedades)|recevez\s+(?:nos|les)\s+"
    r"(?:actualités|infos|informations)|ricevi\s+(?:le\s+)?(?:notizie|news)|"
    r"receba\s+(?:as\s+)?(?:principais\s+|últimas\s+)?(?:notícias|novidades)|"
    # A comment, the basket.
    r"hinterlasse(?:n\s+sie)?\s+(?:\w+\s+){0,3}kommentar|schreib(?:t|en\s+sie)?\s+(?:es\s+)?uns\s+"
    r"in\s+die\s+kommentare|laissez(?:[- ]nous)?\s+un\s+commentaire|d[ée]janos\s+(?:un|tu)\s+"
    r"comentario|lascia(?:teci)?\s+un\s+commento|deixe\s+(?:o\s+)?(?:seu|um)\s+coment[aá]rio|"
    r"laat\s+een\s+reactie\s+achter|zostaw\s+komentarz|let\s+us\s+know\s+in\s+the\s+comments|"
    r"add\s+(?:the\s+|all\s+|these\s+)?(?:ingredients|items?|products?)\s+to\s+(?:your\s+)?"
    r"(?:basket|cart|shopping\s+list)|in\s+den\s+warenkorb|ajouter\s+au\s+panier|"
    r"a[ñn]adir\s+al\s+carrito|aggiungi\s+al\s+carrello"
    r")(?!\w)"
)


def _calls(text: str) -> bool:
    # The pattern is written in lower case and matched against the lower-cased line:
    # case-blind matching of a pattern this large costs five times as much.
    return _CALL.search(text.lower()) is not None or _APP_CALL.search(text) is not None


# The same in Japanese, which sets no word boundary before it ("NHK ONEアプリでも確認できます").
_APP_CALL = re.compile(r"アプリ(?:でも|で)(?:確認|ご覧|チェック)|メール(?:マガジン)?でお届け")


# A click asked for: alone on its line, a control ("Kommentare lesen, hier klicken"); in a
# paragraph, a pointer to more of the story ("For the full list of candidates, click here.").
_CLICK = re.compile(
    r"\b(?:hier\s+klicken|klicken\s+sie\s+hier|hier\s+(?:lesen|finden)\s+sie\s+mehr|(?:mehr|weitere)\b.{0,60}\b(?:lesen|finden)\s+sie\s+hier|"
    r"click\s+here|read\s+more\s+(?:about\s+[^.]{3,80}?\s+)?here|cliquez\s+ici|haz\s+clic\s+aqu[ií]|"
    r"clicca\s+qui|clique\s+aqui|klik\s+hier|kliknij\s+(?:tutaj|tu))(?!\w)",
    re.IGNORECASE,
)
# Newsletters by name: news tells of them too ("the council's newsletter"), so a line naming
# one is a prompt only when it speaks to the reader or as the site.
_NEWSLETTER = re.compile(
    r"\b(?:newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev|infolettre|lettre\s+d['’]information)"
    r"(?!\w)",
    re.IGNORECASE,
)
# Subscriptions and the site's editions: service news speaks to the reader about other
# people's ("the rail pass comes as a subscription only; you can cancel it monthly"), so only
# the site speaking of its own makes a prompt of them.
_SUBSCRIPTION = re.compile(
    r"\b(?:abo|abonnement|suscripci[oó]n|abbonamento|assinatura|subskrypcj\w+|prenumerat\w+|"
    r"předplatné|e-?paper)(?!\w)",
    re.IGNORECASE,
)
_NOUN_ALONE_WORDS = 3
# The reader, in the pronouns of those languages (English lines are :data:`_PROMPT`'s). The
# German "Sie" and "Ihr" are the reader's only inside a sentence (opening one they may be
# "she", "they", "their").
_YOU = re.compile(
    r"\b(?i:du|dich|dir|dein\w*|euch|eu(?:er|re[mnrs]?)|vous|votre|vos|tu|toi|tú|ti|"
    r"tus|usted(?:es)?|vuestr[oa]s?|vosotros|tuo|tua|tuoi|tue|voi|vostr[oaie]|você|vocês|teu|"
    r"jij|jouw|jullie|uw|twój|twoja|twoje|wasz\w*|ditt|dina|deg|vás|váš|siz|sizin|вы|ваш\w*)"
    r"(?!\w)|Ihnen\b|(?<=[\w,] )(?:Sie|Ihr\w*)\b"
)
# The site speaking of itself: "we" and "our", never "us" (a report's "wie uns der
# Bürgermeister sagte", "según nos confirmaron", "vertelt ons").
_OURS = re.compile(
    r"\b(?i:wir|unser\w*|notre|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|wij|onze|nasz\w*|"
    r"zapraszamy|polecamy|vår|våra|vores|náš|naš\w*|bizim|наш\w*)(?!\w)"
)
# A quotation of four words or more: a line quoting someone is the story's, whatever the
# words it quotes.
_SPEECH = re.compile(r"[\"„“”«»]\s*(?:[^\"„“”«»\s]+\s+){3,}[^\"„“”«»]*[\"„“”«»]")
_PROMPT_WORDS = 80
# A closing line of this many words or more, ending as a sentence ends, is prose.
_SENTENCE_WORDS = 4
# The same words are everyday news vocabulary ("residents can sign up at the town hall",
# "the copyright case"): past a line's length, a prompt speaks to the reader or as the site.
_PROMPT_ALONE_WORDS = 10
_ADDRESS = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|us|[Oo]ur|[Ww]e)\b|©")


_BIO_WORDS = 150
# An author box's label, alone on its line, in the languages of the press ("Über die
# Autorin", "Sobre el autor", "Об авторе"): the lines after it to the text's end are the
# author's bio, whatever they say. Only labels saying "about": a review's closing section
# headed "Der Autor" or "L'auteur" is its own text.
_AUTHOR_BOX_LABEL = (
    r"(?:about\s+the\s+authors?|"
    r"über\s+(?:den|die)\s+autor(?:[:*_/]?in(?:nen)?|en)?|zu[mr]\s+autor(?:in)?|"
    r"à\s+propos\s+(?:de\s+l['’]|des\s+)auteur(?:e|rice)?s?|"
    r"(?:sobre|acerca\s+de)\s+(?:el|la|los|las|o|a|os|as)\s+autor(?:a|es|as)?|sobre\s+la\s+firma|"
    r"sull['’]autor(?:e|ice)|sugli\s+autori|"
    r"over\s+de\s+(?:auteur|schrijver)s?|"
    r"o\s+autor(?:ze|ce|ach|ovi)|om\s+(?:författaren|forfatteren|skribenten)|"
    r"a\s+szerzőről|kirjoittajasta|об\s+авторе|про\s+автора|об\s+авторах|"
    r"yazar\s+hakkında|tentang\s+(?:penulis|pengarang)|về\s+tác\s+giả|"
    r"σχετικά\s+με\s+(?:τον|την)\s+συγγραφέα|(?:نبذة\s+)?عن\s+(?:الكاتب|الكاتبة|المؤلف)|"
    r"על\s+(?:הכותב|הכותבת)|लेखक\s+के\s+बारे\s+में|"
    r"著者(?:について|紹介|プロフィール)|筆者(?:について|紹介|プロフィール)|"
    r"关于作者|作者简介|作者簡介|關於作者|(?:기자|필자|저자)\s*소개)"
)
_AUTHOR_BOX = re.compile(rf"^\W*{_AUTHOR_BOX_LABEL}\W*$", re.IGNORECASE)
# ... or run in with the bio it heads ("Zur Person: Anna Roth ist Steuerberaterin ..."), as
# is the label of a profile of the person the text is by or about.
_LABELLED_BIO = re.compile(rf"^\W*(?:{_AUTHOR_BOX_LABEL}|zur\s+person)\s*[:：]\s*\w", re.IGNORECASE)
# An author's bio under its label is a paragraph or two.
_BIO_BLOCKS = 3


_MENU_WORDS = 6
_MENU_ITEMS = 3
# Never more than this share of the text goes as trailing prompts.
_TRAILING_SHARE = 0.3


def drop_trailing_prompts(blocks: list[str]) -> list[str]:
    """Cut the run of prompts, short labels and closing lines that ends the text, when it
    holds a prompt, or a run of menu-like items.

    A label or two alone (a last sub-heading, a signature) stays: only a run with a
    newsletter, follow or donation prompt, a disclosure, an author-box label or an author's
    bio (any lines under an author box's label, :data:`_AUTHOR_BOX`) is the page's
    furniture (a short closing line in it, "All loans are made by X.", goes with it), or
    three or more very short lines (a site menu, contact lines). Above
    the run's first prompt, a short sentence is the text's last paragraph, not a label: it
    stays, with what comes before it.
    """
    start = len(blocks)
    first_prompt = None
    box = _author_box(blocks)
    while start > 1:
        text = blocks[start - 1]
        words = text_words(text)
        if (
            (words <= _PROMPT_WORDS and _is_prompt(text, words))
            or (words <= _BIO_WORDS and _is_bio(text))
            or (box is not None and start - 1 >= box and words <= _BIO_WORDS)
        ):
            first_prompt = start - 1
        elif words > LINE_WORDS or text.startswith("- "):
            break
        start -= 1
    prompted = first_prompt is not None
    # Above the first prompt, a box's label goes with it; a sentence is the text's last.
    while first_prompt is not None and start < first_prompt and _is_sentence(blocks[start]):
        start += 1
    # So is a sentence under nothing but a control's label ("Article content", which a
    # template sets after each of its ads); after a prompt, a short line is the prompt's.
    kept_last: list[str] = []
    for text in blocks[start:] if prompted else ():
        if not _control(text.strip()):
            words = text_words(text)
            if not _is_sentence(text) or _is_prompt(text, words) or _is_bio(text):
                break
            kept_last.append(text)
    if not prompted:
        start = len(blocks)
        while start > 1 and _is_menu_item(blocks[start - 1]):
            start -= 1
        if len(blocks) - start < _MENU_ITEMS:
            return blocks
    # Words in any script: counted by its spaces, a Japanese paragraph weighs one word.
    total = sum(text_words(b) for b in blocks)
    removed = sum(text_words(b) for b in blocks[start:])
    return [*blocks[:start], *kept_last] if removed <= _TRAILING_SHARE * total else blocks


def _is_bio(text: str) -> bool:
    return BIO.match(text) is not None or _LABELLED_BIO.match(text) is not None


def _author_box(blocks: list[str]) -> int | None:
    """The index of an author box's label (:data:`_AUTHOR_BOX`) with no more than a bio's
    few blocks after it, at the end of the text; None when there is none."""
    for index in range(len(blocks) - 1, max(len(blocks) - _BIO_BLOCKS - 2, 0), -1):
        if len(blocks[index]) < 60 and _AUTHOR_BOX.match(blocks[index]):
            return index
    return None


# A newsletter pitch set between paragraphs: it names the newsletter, asks the reader to sign
# up and speaks to them ("Sign up for our newsletter", "... delivered to your inbox").
# Reported news ("residents can sign up for the council's newsletter") does not speak to the
# reader; a point of a list ("- subscribe to industry newsletters") is advice.
_NEWSLETTER_PITCH = re.compile(
    r"^(?!-\s)(?=.*\b(?:newsletters?|digest)\b)(?=.*\b(?:sign(?:ing)?\s+up|subscrib(?:e|ing)|join)\b)"
    r"(?=.*\b(?:you|your|our)\b|(?:sign\s+up|subscribe)\s+(?:for|to)\s+the\b)",
    re.IGNORECASE | re.DOTALL,
)
_PITCH_WORDS = 60


# A word each name of a newsletter holds (:data:`_NEWSLETTER`): blocks without one are not
# searched.
_NEWSLETTER_WORDS = ("newsletter", "digest", "nieuwsbrief", "nyhe", "infolettre", "lettre d")
# Signing up, in the press's languages ("Melden Sie sich hier an", "abonnez-vous",
# "suscríbete", "iscriviti", "meld je aan", "zapisz się", "anmäl dig", "inscreva-se").
_SIGN_UP = re.compile(
    r"\b(?:an)?meld|\babonn|\bbestell|\bregistr|\binscri|\bsuscr|\biscriv|\baanmeld|\bzapisz|"
    r"\bprenumer|\banmäl|\btilmeld|\bcadastr",
    re.IGNORECASE,
)


def is_newsletter_pitch(text: str) -> bool:
    """A short block naming the site's newsletter that asks the reader to sign up: in
    English (:data:`_NEWSLETTER_PITCH`), or in another language speaking to the reader or
    as the site ("Unser Newsletter informiert Sie ... Melden Sie sich hier an.")."""
    # The pattern's lookaheads scan the whole block: only a short block naming a newsletter
    # is searched (and most blocks name none: that is asked first).
    folded = text.casefold()
    if not any(word in folded for word in _NEWSLETTER_WORDS) or len(text.split()) > _PITCH_WORDS:
        return False
    if ("newsletter" in folded or "digest" in folded) and _NEWSLETTER_PITCH.match(text) is not None:
        return True
    return _NEWSLETTER.search(text) is not None and (
        not text.startswith("- ")
        # Advice set as a list ("Wir empfehlen: - ... - Abonnieren Sie unseren Newsletter").
        and text.count(" - ") < 2
        and _SPEECH.search(text) is None
        and _SIGN_UP.search(text) is not None
        and (_YOU.search(text) is not None or _OURS.search(text) is not None)
    )


# A disclosure set between paragraphs: the text holds affiliate links and the site earns
# from them ("Dieser Artikel enthält Affiliate-Links ... erhalten wir eine kleine
# Provision", "Cet article contient des liens affiliés ... une petite commission"). Both
# said, in a short block: a report on affiliate marketing does not say it of itself.
_AFFILIATE = re.compile(
    r"affiliate[-\s]?links?|affiliate\s+(?:marketing\s+)?programs?|partner-?links?"
    r"|liens?\s+(?:affiliés|d['’]affiliation)"
    r"|enlaces\s+(?:de\s+)?afiliad[oa]s?|link\s+(?:di\s+)?affiliazione|links?\s+de\s+afiliad[oa]s?"
    r"|linki\s+afiliacyjn\w*|linki\s+partnerski\w*"
    # ... or said without the word ("Wir verlinken auf Angebote ausgewählter Händler"), or
    # of the links a mark tells ("die mit einem Stern markierten Links").
    r"|verlinken\s+auf\s+(?:\w+\s+){0,3}(?:angebote|händler|shops|produkte)"
    r"|mit\s+(?:einem\s+)?(?:sternchen|stern|\*)\s+(?:markierten|gekennzeichneten)\s+links"
    r"|links?\s+(?:marked|denoted)\s+(?:with|by)\s+(?:an?\s+)?(?:asterisk|\*)",
    re.IGNORECASE,
)
_EARNING = re.compile(
    rf"{COMMISSION}|provision|commission|compensation|comisión|commissione|comissão|prowizj\w*"
    r"|commissie|verkaufserl[öo]s|share\s+of\s+(?:the\s+)?(?:sales|revenue|proceeds)",
    re.IGNORECASE,
)
# ... said by the site of itself: this article, we.
_ITSELF = re.compile(
    r"\b(?:this\s+(?:article|post|page|story)|we|us|our|dieser\s+(?:artikel|beitrag|text)|wir"
    r"|uns|cet\s+article|nous|este\s+(?:artículo|artigo)|recibimos|questo\s+articolo|riceviamo"
    r"|recebemos|ten\s+artykuł|otrzymujemy|dit\s+artikel|wij|ons"
    # ... or of its links ("Wenn Sie über diese Links einkaufen, erhält <Site> eine Provision").
    r"|diese[nr]?\s+links?|these\s+links)\b",
    re.IGNORECASE,
)
_DISCLOSURE_WORDS = 60


def is_disclosure(text: str) -> bool:
    # Every language's word above holds "fili" (affiliate, afiliados, affiliés), "artner"
    # or "ink" (links, verlinken):
    # asked first, as most blocks hold neither.
    return (
        ("fili" in text or "artner" in text or "ink" in text)
        and len(text.split()) <= _DISCLOSURE_WORDS
        and _AFFILIATE.search(text) is not None
        and _EARNING.search(text) is not None
        and _ITSELF.search(text) is not None
    )


# Longer than any line of :data:`LINE_WORDS` words.
_PROMPT_LINE_CHARS = 250
# What a line may open with before its words: an emoji, an arrow, a bullet.
_OPENING_MARKS = " \t→►▶➤👉📩📧📰✉️*•·+>"
# News sent to the reader: "Get the latest news delivered to your inbox."
_INBOX = re.compile(
    r"\b(?:(?:to|in|into)\s+your\s+inbox|dans\s+votre\s+boîte\s+(?:mail|e-?mail|de\s+réception)"
    r"|en\s+tu\s+bandeja\s+de\s+entrada|nella\s+tua\s+casella\s+(?:di\s+posta|e-?mail)"
    r"|in\s+(?:ihr(?:em)?|dein(?:em)?)\s+(?:e-mail-)?postfach|na\s+sua\s+caixa\s+de\s+entrada"
    # ... or to the reader's own feed on the site.
    r"|your\s+personali[sz]ed\s+(?:homepage\s+)?feed)\b",
    re.IGNORECASE,
)


def is_prompt_line(text: str) -> bool:
    """A prompt set on a line of its own between paragraphs: a short line that states the
    site's rights, asks for tips, stands for an embed not loaded or a paywall, labels a
    control ("Artikel teilen"), opens with a prompt speaking to the reader or as the site
    ("Follow us on Facebook", "Download our app"), sends news to the reader's inbox, or
    calls the reader in another language (:func:`_is_call`).

    Between paragraphs the same words are the text's more often than at its end: a
    sub-heading ("Copyright and AI"), a sentence ("Instead, we'd like to share this logic
    ..."), a list's point ("- CVs in your inbox within 72 hours"), a newsletter's own
    writer ("My newsletter has:") or a quotation; none of those forms is read as a prompt.
    """
    # Most lines are paragraphs: their length says so before their words are counted.
    if len(text) > _PROMPT_LINE_CHARS or text.startswith(("- ", "* ")):
        return False
    if _placeholder(text):
        return True
    words = text_words(text)
    if _tip_line(text, words):
        return True
    if words > LINE_WORDS:
        return words <= _CALL_PARAGRAPH_WORDS and _opening_call(text)
    if _LEGAL_NOTICE.search(text) is not None:
        return True
    if _control(text.strip(_OPENING_MARKS)):
        return True
    if _SPEECH.search(text) is not None:
        return False
    opening = _PROMPT.match(text.lstrip(_OPENING_MARKS))
    if (opening and _ADDRESS.search(text) is not None) or _INBOX.search(text) is not None:
        return True
    return _calls(text) or (words > _NOUN_ALONE_WORDS and _names_a_call(text, words))


# A call opening a paragraph of its own, the next sentence saying what it gives ("Folgst
# du schon 20 Minuten auf WhatsApp? Eine Newsübersicht am Morgen und zum Feierabend.").
_CALL_PARAGRAPH_WORDS = 25
_CALL_SENTENCE_WORDS = 16
_FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s|$)")


def _opening_call(text: str) -> bool:
    first = _FIRST_SENTENCE.match(text)
    return (
        first is not None
        and text_words(first.group(0)) <= _CALL_SENTENCE_WORDS
        and _SPEECH.search(text) is None
        and _calls(first.group(0))
    )


def _tip_line(text: str, words: int) -> bool:
    """The newsroom's call for tips, for support or to its mail, a line of its own however
    long its address runs ("... Get in touch by emailing news@example.com."); in a longer
    paragraph it is one sentence of the text (a live blog's welcome post asking readers to
    get in touch)."""
    return words <= _TIP_LINE_WORDS and (
        _TIP.search(text) is not None or _PITCH.search(text) is not None
    )


def _is_prompt(text: str, words: int) -> bool:
    if any(p.search(text) is not None for p in (_LEGAL_NOTICE, _CLOSING_LINE)):
        return True
    if _tip_line(text, words):
        return True
    if (len(text) <= _PROMPT_LINE_CHARS and _placeholder(text)) or _control(text.strip()):
        return True
    if _PROMPT.search(text) is not None:
        return words <= _PROMPT_ALONE_WORDS or _ADDRESS.search(text) is not None
    return _is_call(text, words)


def _is_call(text: str, words: int) -> bool:
    """A call to the reader in any of the press's languages (:data:`_CALL`), a short line
    asking for a click, a line naming a newsletter that speaks to the reader or as the site,
    or one naming a subscription that speaks as the site; never a line quoting someone."""
    if _SPEECH.search(text) is not None:
        return False
    return _calls(text) or _names_a_call(text, words)


def _names_a_call(text: str, words: int) -> bool:
    """A short line asking for a click, or a line naming a newsletter or a subscription
    as :func:`_is_call` reads them."""
    if words <= LINE_WORDS and _CLICK.search(text) is not None:
        return True
    if words <= _NOUN_ALONE_WORDS:
        return _NEWSLETTER.search(text) is not None or _SUBSCRIPTION.search(text) is not None
    if _NEWSLETTER.search(text) is not None:
        return _YOU.search(text) is not None or _OURS.search(text) is not None
    return _SUBSCRIPTION.search(text) is not None and _OURS.search(text) is not None


def _is_sentence(text: str) -> bool:
    return text_words(text) >= _SENTENCE_WORDS and PROSE_END.search(text) is not None


def _is_menu_item(text: str) -> bool:
    return len(text.split()) <= _MENU_WORDS and not text.startswith("- ") and text[-1] not in ".?!:"
