"""What the package's modules share: a line ended as a sentence is, a short line's
length, an affiliate commission, an author's bio."""

from __future__ import annotations

import re

# The marks that end a sentence, a quotation or an aside, in the scripts of the press.
SENTENCE_ENDS = r"[.!?。！？…।؟\"”»)]"
# ... closing a line.
PROSE_END = re.compile(rf"{SENTENCE_ENDS}$")

# A short line (a label, a date line, a control) has fewer words than this.
LINE_WORDS = 12

# Earning a commission, as the disclosures above or below a text say it ("we may earn a
# commission").
# A bare "commission" is news vocabulary ("the European Commission"): only earning one is.
COMMISSION = (
    r"(?:earns?|earned|receives?|received|makes?|gets?)\s+(?:an?\s+)?(?:small\s+)?"
    r"(?:affiliate\s+)?commissions?|affiliate\s+commissions?"
)

# An author's bio: a name, then what the person does ("Jane Roe is a freelance writer and
# editor of ...").
# The name is capitalised words (case-sensitive: "The minister was the head of ..." is news).
BIO = re.compile(
    r"^\(?(?!(?:The|A|An|This|That|These|Those|It|He|She|They|His|Her|Their)\s)"
    # The name may stand in an element of its own above ("is a senior lecturer at ...").
    r"(?:(?:[A-Z][\w.'’-]*\s+){1,4}|(?=(?:is|was)\s))"
    r"(?i:(?:is|was|has\s+been|serves\s+as|works\s+as)\s+"
    r"(?:a|an|the|our)\s+(?:[\w,&-]+\s+){0,8}?(?:writer|editor|journalist|reporter|"
    r"contributor|author|columnist|correspondent|blogger|founder|co-founder|ceo|cto|cfo|"
    r"director|manager|executive|specialist|consultant|analyst|strategist|marketer|attorney|"
    r"lawyer|physician|dietitian|nutritionist|coach|trainer|professor|researcher|designer|"
    r"developer|engineer|expert|president|partner|associate|lead|head|advis[eo]r|creator|"
    r"planner|therapist|photographer|educator|teacher|lecturer|fellow|historian|scholar|"
    r"scientist|economist)\b"
    # ... or what the reporter covers, and for which paper ("Jane Doe covers transportation
    # for the Des Moines Register."): the paper by its capitalised name closing the sentence.
    r"|(?i:covers|writes\s+about|reports\s+on)\s+[^.]{3,80}?\s+for\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&'’-]*\s*){1,5}[.;](?:\s|$)"
    # ... or the newsroom role in the other languages of the press ("Anna Roth ist
    # Redakteurin bei ...", "Marie Dupont est journaliste"): only a newsroom's, as a closing
    # sentence names other people's offices ("ist Sprecherin der Initiative").
    r"|(?i:ist|est|es|è|é)\s+(?:\w+\s+){0,2}?(?i:redakteur|redaktor|journalist|korrespondent|reporter|"
    r"kolumnist|volontär|journaliste|rédact(?:eur|rice)|correspondant|periodista|redactor|"
    r"corresponsal|giornalista|redatt(?:ore|rice)|corrispondente|jornalista|repórter|"
    # ... and the opinion writer's ("è editorialista di Avvenire", "est chroniqueur au").
    r"editorialista|éditorialiste|chroniqueu(?:r|se)|columnista|colunista|opinionista|"
    r"commentatore|commentatrice|kommentator)"
    r"(?i:in|e|a)?\b)"
    # ... or an Arabic writer's tagline, a short line that opens with the role ("كاتب وأكاديمي
    # أردني مختص في التخطيط الحضري": writer and academic, ...).
    r"|^(?=.{0,120}$)(?:كاتب|كاتبة|صحافي|صحافية|صحفي|صحفية|أكاديمي|أكاديمية|إعلامي|إعلامية)\s"
    # ... or a bio that opens with the role, the name given above it ("Redactora de la
    # sección de Economía, especializada en ...", "Economista, é professora da FGV ...").
    r"|^(?=.{0,300}$)(?:(?i:redactora?|periodista|corresponsal|rédact(?:eur|rice)|journaliste|"
    r"giornalista|redatt(?:ore|rice)|jornalista|repórter|reporter|correspondent|"
    r"redakteur(?:in)?|redaktor(?:in)?|journalist(?:in)?)\s+(?i:de|del|en|à|au|di|da|do|bei|für|at|"
    r"for|in|im)\s"
    r"|[^\W\d_]+,\s+(?:é|es|est|è|ist)\s+[^\W\d_]+\s+(?:da|do|de|del|du|di|bei|der)\s)"
    # ... or a guest writer's, the academic title before the full name ("Prof. Dr. Hans
    # Kessler ist Professor für ...", "Dr. Anna Roth is a senior fellow at ..."): a report
    # introduces the people it quotes where it quotes them, not in a closing line.
    r"|^(?:Prof\.|Dr\.)(?:\s*(?:Dr\.|h\.\s?c\.|mult\.|med\.|phil\.|rer\.\s?nat\.|jur\.))*\s+"
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?i:ist|war|is|was|lehrt|forscht|leitet|teaches|leads)\s"
    # ... or the writer named by the role alone ("Die Autorin ist Professorin für ...", "The
    # author is a fellow at ...", "L'auteur est chercheur au ...").
    r"|^(?:(?:Die|Der|Unsere?)\s+(?:Gast)?(?:Autor(?:in|en|innen)?|Verfasser(?:in)?)\s+"
    r"(?:ist|sind|war|lehrt|forscht|leitet|arbeitet)|The\s+(?:author|writer)s?\s+(?:is|are|was)|"
    r"L['’]aut(?:eur|rice)\s+est|El\s+autor\s+es|La\s+autora\s+es)\s"
)
