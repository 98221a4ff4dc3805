"""The date grammar: dates as pages write them, read into datetimes.

ISO, RFC and epoch stamps, dates written in words in many languages (month tables), numeric
dates in either day/month order, dates in URL paths. Which of a page's dates is its
publication date is the date search's business (:mod:`.published`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import cached_property

from dateutil import parser as dateparser

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Month names of the other languages news sites write most that the date parser does not
# know, by month, in full and abbreviated: es, pt, fr, de, it, nl, ru and uk (nominative and
# genitive), pl, cs, sk, tr, id, hu, ro, el, bg, fi, the Scandinavian languages, Arabic,
# the languages of the Balkans and the Baltic (hr, sr, bs, sl, mk, et, lv, lt), Malay, and
# (last in each month) Catalan, Galician, Icelandic, Swahili, Albanian, Tagalog, Azerbaijani
# and Uzbek, Belarusian, Kazakh, Basque (nominative and genitive) and Hebrew (bare and with
# its prefix "in", as dates are written: "1 בדצמבר 2024").
# A word that names different months in different languages is read as the languages most
# news is written in read it; the other reading is in :data:`_OWN_MONTH_NAMES`.
# Forms English shares ("april", "nov") are left out, and so are abbreviations that are
# words of English or of another of these languages after a number ("4th Gen 2021", "3 set",
# "Ian", "des", "sie", "tem", "out").
FOREIGN_MONTH_NAMES = {
    1: (
        "enero ene janeiro janvier janv januar jänner jän gennaio januari январь "
        "января янв січень січня styczeń stycznia ledna leden ocak január يناير "
        "sty січ oca tammikuuta tammi ianuarie ιανουαρίου ιαν januára януари яну"
        " siječanj siječnja sij januarja januara јануар јануара јануари јан"
        " jaanuar jaan janvāris janvārī sausio sausis"
        " gener xaneiro janúar januari janar enero yanvar студзеня қаңтар urtarrila"
        " urtarrilaren ינואר בינואר"
    ),
    2: (
        "febrero fevereiro fev février févr februar febbraio februari февраль февраля "
        "фев лютий лютого luty lutego února únor şubat subat február فبراير "
        "февр лют lut şub helmikuuta helmi februarie φεβρουαρίου φεβ februára febr февруари"
        " veljača veljače velj februarja februara фебруар фебруара"
        " veebruar veebr februāris februārī vasario vasaris"
        " febrer febreiro febrúar shkurt pebrero fevral лютага ақпан otsaila otsailaren"
        " פברואר בפברואר"
    ),
    3: (
        "marzo março mars märz mär maart mrt март марта березень березня marzec marca "
        "března březen maret március مارس "
        "мар бер mart marts maaliskuuta maalis martie μαρτίου μαρ márc"
        " ožujak ožujka ožu marec marta martā märts"
        " kovo kovas"
        " març machi marso сакавіка наурыз martxoa martxoaren מרץ במרץ"
    ),
    4: (
        "abril abr avril aprile апрель апреля апр квітень квітня kwiecień kwietnia "
        "dubna duben nisan április أبريل ابريل "
        "avr квіт kwi nis huhtikuuta huhti aprilie απριλίου απρ apríla ápr април"
        " travanj travnja aprila aprill априла aprīlis aprīlī"
        " balandžio balandis"
        " apríl aprili prill aprel красавіка сәуір apirila apirilaren אפריל באפריל"
    ),
    5: (
        "mayo maio mai maggio mei май мая травень травня maj maja května květen mayıs "
        "mayis május مايو "
        "mag трав toukokuuta touko μαΐου μαΐ mája máj"
        " svibanj svibnja мај маја maijs maijā"
        " gegužės gegužė"
        " maig maí мамыр maiatza maiatzaren מאי במאי"
    ),
    6: (
        "junio junho juin juni giugno giu июнь июня червень червня czerwiec czerwca "
        "června červen haziran június يونيو يونيه "
        "июн черв cze haz kesäkuuta kesä iunie iun ιουνίου ιουν júna jún юни"
        " lipanj lipnja junij junija juna јун јуна јуни juuni jūnijs jūnijā jūn"
        " birželio birželis"
        " juny xuño júní qershor hunyo iyun чэрвеня маусым ekaina ekainaren יוני ביוני"
    ),
    7: (
        "julio julho juillet juil juli luglio lug июль июля липень липня lipiec lipca "
        "července červenec temmuz július يوليو يوليه "
        "июл лип lip heinäkuuta heinä iulie iul ιουλίου ιουλ júla júl юли"
        " srpanj srpnja julij julija jula јул јула јули juuli jūlijs jūlijā jūl julai"
        " liepos liepa"
        " juliol xullo júlí korrik hulyo iyul ліпеня шілде uztaila uztailaren יולי ביולי"
    ),
    8: (
        "agosto ago août augustus augusti agustus август августа авг серпень серпня "
        "sierpień sierpnia srpna srpen ağustos agustos augusztus أغسطس اغسطس "
        "серп ağu agu elokuuta αυγούστου αυγ augusta"
        " kolovoz kolovoza avgust avgusta augusts augustā ogos ogo"
        " rugpjūčio rugpjūtis"
        " agost ágúst agosti gusht avqust жніўня тамыз abuztua abuztuaren אוגוסט באוגוסט"
    ),
    9: (
        "septiembre setiembre setembro septembre settembre сентябрь сентября сен сент "
        "вересень вересня wrzesień września září eylül eylul szeptember سبتمبر "
        "вер wrz eyl syyskuuta syys septembrie σεπτεμβρίου σεπ septembra szept септември сеп"
        " rujan rujna ruj septembar септембар септембра septembris septembrī"
        " rugsėjo rugsėjis"
        " setembre setembro septemba shtator setyembre sentyabr sentabr верасня қыркүйек"
        " iraila irailaren ספטמבר בספטמבר"
    ),
    10: (
        "octubre outubro octobre oktober okt ottobre ott октябрь октября жовтень "
        "жовтня październik października října říjen ekim október أكتوبر اكتوبر "
        "окт жовт paź eki lokakuuta loka octombrie οκτωβρίου οκτ októbra октомври"
        " oktobar oktobra октобар октобра oktoober oktobris oktobrī"
        " spalio spalis"
        " október oktoba tetor oktubre oktyabr oktabr кастрычніка қазан urria urriaren"
        " אוקטובר באוקטובר"
    ),
    11: (
        "noviembre novembro ноябрь ноября нояб листопад листопада listopad listopada listopadu "
        "kasım kasim نوفمبر "
        "novembre лист lis kas marraskuuta marras noiembrie νοεμβρίου νοε novembra ноември ное"
        " studeni studenoga studenog novembar новембар новембра novembris novembrī"
        " lapkričio lapkritis"
        " nóvember novemba nëntor nobyembre noyabr лістапада қараша azaroa azaroaren"
        " נובמבר בנובמבר"
    ),
    12: (
        "diciembre dic dezembro dez décembre déc dezember dicembre desember декабрь "
        "декабря дек грудень грудня grudzień grudnia prosince prosinec aralık aralik "
        "ديسمبر "
        "груд gru ara joulukuuta joulu decembrie δεκεμβρίου δεκ decembra декември"
        " prosinac prosinca decembar децембар децембра detsember dets decembris decembrī disember"
        " gruodžio gruodis"
        " desembre decembro desemba dhjetor disyembre dekabr снежня желтоқсан abendua"
        " abenduaren דצמבר בדצמבר"
    ),
}
# Month words whose month depends on the language, for the languages that read them apart
# from the table above: Croatian and Bosnian name October "listopad" (November in Polish,
# Czech and Ukrainian) and abbreviate June "lip" (July in Polish); Norwegian and Indonesian
# abbreviate December "des" (a word of French), Malay "dis" and March "mac", Indonesian
# August "agt" / "ags"; the Levant's Arabic names August "آب", a word ("water") of Persian.
_OWN_MONTH_NAMES = {
    ("hr", "bs"): {10: "listopad listopada lis", 6: "lip"},
    ("no", "nb", "nn"): {12: "des"},
    ("id",): {12: "des", 8: "agt ags"},
    ("ms",): {12: "dis", 3: "mac"},
    ("ar",): {8: "آب"},
}


# Gregorian month names of the languages written in the scripts of South Asia (Hindi,
# Marathi, Nepali, Bengali, Assamese, Odia, Tamil, Telugu, Kannada, Malayalam, Gujarati,
# Punjabi, Sinhala), of Persian,
# Urdu, Georgian and Armenian, and the Levantine and Maghrebi Arabic ones (one name a
# "|"-separated item: "كانون الأول" is two words), with Thai's full names and dotted
# abbreviations ("ธ.ค."). Kept apart from the table above, which the evaluation's date
# reading shares: its words are single words of letters.
SCRIPT_MONTH_NAMES = {
    1: "जनवरी|जानेवारी|জানুয়ারি|জানুয়ারী|ஜனவரி|జనవరి|ಜನವರಿ|ജനുവരി|જાન્યુઆરી|ਜਨਵਰੀ|جنوری|ژانویه"
    "|كانون الثاني|جانفي|იანვარი|იანვრის|հունվար|հունվարի|มกราคม|ม.ค."
    "|ଜାନୁଆରୀ|জানুৱাৰী|ජනවාරි",
    2: "फ़रवरी|फरवरी|फेब्रुवारी|ফেব্রুয়ারি|ফেব্রুয়ারী|பிப்ரவரி|ఫిబ్రవరి|ಫೆಬ್ರವರಿ|ഫെബ്രുവരി|ફેબ્રુઆરી"
    "|ਫ਼ਰਵਰੀ|ਫਰਵਰੀ|فروری|فوریه|شباط|فيفري|თებერვალი|თებერვლის|փետրվար|փետրվարի|กุมภาพันธ์|ก.พ."
    "|फेब्रुअरी|ଫେବୃଆରୀ|ফেব্ৰুৱাৰী|පෙබරවාරි",
    3: "मार्च|মার্চ|மார்ச்|మార్చి|ಮಾರ್ಚ್|മാർച്ച്|માર્ચ|ਮਾਰਚ|مارچ|آذار|მარტი|მარტის|մարտ|մարտի|มีนาคม|มี.ค."
    "|ମାର୍ଚ୍ଚ|মাৰ্চ|මාර්තු",
    4: "अप्रैल|एप्रिल|এপ্রিল|ஏப்ரல்|ఏప్రిల్|ಏಪ್ರಿಲ್|ഏപ്രിൽ|એપ્રિલ|ਅਪ੍ਰੈਲ|ਅਪਰੈਲ|اپریل|آوریل|نيسان"
    "|أفريل|აპრილი|აპრილის|ապրիլ|ապրիլի|เมษายน|เม.ย."
    "|अप्रिल|ଅପ୍ରେଲ|এপ্ৰিল|අප්‍රේල්|අප්රේල්",
    5: "मई|মে|மே|మే|ಮೇ|മേയ്|મે|ਮਈ|مئی|أيار|ايار|მაისი|მაისის|մայիս|մայիսի|พฤษภาคม|พ.ค.|मे|ମଇ|මැයි",
    6: "जून|জুন|ஜூன்|జూన్|ಜೂನ್|ജൂൺ|જૂન|ਜੂਨ|ژوئن|حزيران|جوان|ივნისი|ივნისის|հունիս|հունիսի|มิถุนายน|มิ.ย."
    "|जुन|ଜୁନ|ජූනි",
    7: "जुलाई|जुलै|জুলাই|ஜூலை|జూలై|ಜುಲೈ|ജൂലൈ|જુલાઈ|ਜੁਲਾਈ|جولائی|ژوئیه|ژوییه|تموز|جويلية"
    "|ივლისი|ივლისის|հուլիս|հուլիսի|กรกฎาคม|ก.ค."
    "|ଜୁଲାଇ|ජූලි",
    8: "अगस्त|ऑगस्ट|আগস্ট|আগষ্ট|ஆகஸ்ட்|ఆగస్టు|ಆಗಸ್ಟ್|ഓഗസ്റ്റ്|ઓગસ્ટ|ਅਗਸਤ|اگست|اوت|آگوست"
    "|აგვისტო|აგვისტოს|օգոստոս|օգոստոսի|สิงหาคม|ส.ค."
    "|अगस्ट|ଅଗଷ୍ଟ|আগষ্ট|අගෝස්තු",
    9: "सितंबर|सितम्बर|सप्टेंबर|সেপ্টেম্বর|செப்டம்பர்|సెప్టెంబర్|ಸೆಪ್ಟೆಂಬರ್|സെപ്റ്റംബർ|સપ્ટેમ્બર"
    "|ਸਤੰਬਰ|ستمبر|سپتامبر|أيلول|ايلول|სექტემბერი|სექტემბრის|սեպտեմբեր|սեպտեմբերի|กันยายน|ก.ย."
    "|सेप्टेम्बर|ସେପ୍ଟେମ୍ବର|ছেপ্তেম্বৰ|සැප්තැම්බර්",
    10: "अक्टूबर|अक्तूबर|ऑक्टोबर|অক্টোবর|அக்டோபர்|అక్టోబర్|ಅಕ್ಟೋಬರ್|ഒക്ടോബർ|ઓક્ટોબર|ਅਕਤੂਬਰ"
    "|اکتوبر|اکتبر|تشرين الأول|تشرين الاول|ოქტომბერი|ოქტომბრის|հոկտեմբեր|հոկտեմբերի|ตุลาคม|ต.ค."
    "|अक्टोबर|ଅକ୍ଟୋବର|অক্টোবৰ|ඔක්තෝබර්",
    11: "नवंबर|नवम्बर|नोव्हेंबर|নভেম্বর|நவம்பர்|నవంబర్|ನವೆಂಬರ್|നവംബർ|નવેમ્બર|ਨਵੰਬਰ|نومبر|نوامبر"
    "|تشرين الثاني|ნოემბერი|ნოემბრის|նոյեմբեր|նոյեմբերի|พฤศจิกายน|พ.ย."
    "|नोभेम्बर|ନଭେମ୍ବର|নৱেম্বৰ|නොවැම්බර්",
    12: "दिसंबर|दिसम्बर|डिसेंबर|ডিসেম্বর|டிசம்பர்|డిసెంబర్|ಡಿಸೆಂಬರ್|ഡിസംബർ|ડિસેમ્બર|ਦਸੰਬਰ|دسمبر"
    "|دسامبر|كانون الأول|كانون الاول|დეკემბერი|დეკემბრის|դեկտեմբեր|դեկտեմբերի|ธันวาคม|ธ.ค."
    "|डिसेम्बर|ଡିସେମ୍ବର|ডিচেম্বৰ|දෙසැම්බර්",
}


def _english(names: dict[int, str]) -> dict[str, str]:
    return {
        name: datetime(2000, month, 1).strftime("%B")
        for month, words in names.items()
        for name in words.lower().split()
    }


def _spellings(name: str) -> set[str]:
    """``name`` as pages spell it: a letter with a nukta is one character or two ("फ़", "য়"),
    and two-word names are matched on any spacing."""
    name = unicodedata.normalize("NFC", name).lower()
    composed = name
    for letter in _NUKTA_LETTERS:
        composed = composed.replace(unicodedata.normalize("NFD", letter), letter)
    return {name, composed}


# Letters with a nukta that Unicode normalisation splits in two (composition exclusions).
_NUKTA_LETTERS = [chr(c) for c in [*range(0x0958, 0x0960), 0x09DC, 0x09DD, 0x09DF, 0x0A33]]
_NUKTA_LETTERS += [chr(c) for c in [0x0A36, *range(0x0A59, 0x0A5C), 0x0A5E]]
_THAI_MONTHS = {
    name: month
    for month, names in SCRIPT_MONTH_NAMES.items()
    for name in names.split("|")
    if "\u0e00" <= name[0] <= "\u0e7f"
}
_SCRIPT_ENGLISH_MONTH = {
    spelling: datetime(2000, month, 1).strftime("%B")
    for month, names in SCRIPT_MONTH_NAMES.items()
    for name in names.split("|")
    for spelling in _spellings(name)
}
_ENGLISH_MONTH = _english(FOREIGN_MONTH_NAMES) | _SCRIPT_ENGLISH_MONTH
_OWN_ENGLISH_MONTH = {
    language: _english(names)
    for languages, names in _OWN_MONTH_NAMES.items()
    for language in languages
}
_MONTH_WORDS = {*_ENGLISH_MONTH, *(word for own in _OWN_ENGLISH_MONTH.values() for word in own)}
# The vowel signs and other marks the scripts of South and Southeast Asia write inside
# their words ("दिसंबर", "ธันวาคม"): no word characters to Python's patterns, so a word
# boundary falls inside such a word and after one that ends in a mark.
_MARKS = "\u0300-\u036f\u0900-\u0963\u0981-\u09e3\u0a01-\u0a63\u0a81-\u0ae3\u0b01-\u0b63"
_MARKS += "\u0b82-\u0be3\u0c00-\u0c63\u0c80-\u0ce3\u0d00-\u0d63\u0d81-\u0de5\u0df2\u0df3\u200d"
_MARKS += "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
# Longest first, so "juil" is not read as "jul" followed by letters; a name of two words
# ("تشرين الأول") on any spacing.
_FOREIGN = (
    "(?:"
    + "|".join(
        re.escape(name).replace("\\ ", r"\s+")
        for name in sorted(_MONTH_WORDS, key=len, reverse=True)
    )
    + ")"
)
_FOREIGN_WORD = re.compile(rf"(?<![\w{_MARKS}]){_FOREIGN}(?![\w{_MARKS}])", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# The words of the month names (in a script with marks, the runs of letters between them),
# which a value must hold one of to hold a month name.
_MONTH_PARTS = frozenset(part for name in _MONTH_WORDS for part in _WORD.findall(name))
# Thai month names, whose dates count the years of the Buddhist era (2568 is 2025).
_THAI = "(?:" + "|".join(re.escape(n) for n in _THAI_MONTHS) + ")"
# The months of the solar hijri calendar: the Persian names (with the Arabic letters some
# pages type for "ی" and "ک") and the Dari ones Afghan pages use.
SOLAR_HIJRI_MONTHS = [
    "فروردین|حمل",
    "اردیبهشت|ثور",
    "خرداد|جوزا",
    "تیر|سرطان",
    "مرداد|امرداد|اسد",
    "شهریور|سنبله",
    "مهر|میزان",
    "آبان|عقرب",
    "آذر|قوس",
    "دی|جدی",
    "بهمن|دلو",
    "اسفند|حوت",
]
_SOLAR_MONTH = {
    spelling: month
    for month, names in enumerate(SOLAR_HIJRI_MONTHS, 1)
    for name in names.split("|")
    for spelling in (name, name.replace("ی", "ي").replace("ک", "ك"))
}
_SOLAR = "(?:" + "|".join(sorted(_SOLAR_MONTH, key=len, reverse=True)) + ")"
# A Japanese era's year: Reiwa 1 is 2019, Heisei 1 was 1989 ("元年" is the first year).
_ERAS = {"令和": 2018, "平成": 1988}
_ERA = rf"(?:{'|'.join(_ERAS)})(?:\d{{1,2}}|元)年"
# Dates as people write them in bylines; each alternative carries a 4-digit year, but for
# a dotted or dashed day, month and two-digit year with the time after it ("02.12.26, 18:05
# Uhr", "2.12.26 klo 18.05", "03-12-26, 14:35"), a form bylines use and numbers in text do
# not. Other
# languages put the day first ("4 de agosto de 2021", "4. März 2021", "04-ago-2021").
TEXT_DATE = re.compile(
    rf"""\b(?:
        (?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])
        (?:[T\ ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?
      | {_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d
      | (?=\w[\w{_MARKS}]*\.?\s+\d{{1,2}},\s+(?:19|20)\d\d)
        {_FOREIGN}\.?\s+\d{{1,2}},\s+(?:19|20)\d\d
      | \d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+|d['’])?(?:{_MONTHS}|{_FOREIGN})\.?
        (?:\s*/\s*{_FOREIGN})?,?\s+(?:de\s+|del\s+)?(?:19|20)\d\d
      | \d{{1,2}}[-/](?:{_MONTHS}|{_FOREIGN})\.?[-/](?:19|20)\d\d
      | (?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|[12]\d|3[01])[/.](?:19|20)\d\d
      | (?:0?[1-9]|[12]\d|3[01])\.\s(?:0?[1-9]|1[0-2])\.\s(?:19|20)\d\d
      | (?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d\d
        (?=\s*[,|·–—-]?\s+(?:[^\W\d_]{{1,5}}\.?\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\.?\d))
      | (?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|[12]\d|3[01])-\d\d
        (?=\s*[,|·–—-]?\s+(?:[^\W\d_]{{1,5}}\.?\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\.?\d))
      | (?:19|20)\d\d\.\s(?:0?[1-9]|1[0-2])\.\s(?:0?[1-9]|[12]\d|3[01])(?=\.)
      | (?:19|20)\d\d\.?\s+(?:m\.\s+)?(?:{_MONTHS}|{_FOREIGN})\.?\s+\d{{1,2}}(?:\s+d(?=\.))?
      | (?:19|20)\d\de?ko\s+{_FOREIGN}\s+\d{{1,2}}(?:e?an?)?
      | (?:19|20)\d\d\.\s+gada\s+\d{{1,2}}\.\s+(?:{_MONTHS}|{_FOREIGN})
      | \d{{1,2}}\s+th(?:áng|g)\s+\d{{1,2}}(?:\s+năm|,)?\s+(?:19|20)\d\d
    )\b
    # Chinese, Japanese and Korean: "2024年12月12日", "2024년 12월 12일" (no word boundary)
    | (?<!\d)(?:19|20)\d\d\s*[年년]\s*\d{{1,2}}\s*[月월]\s*\d{{1,2}}(?!\d)
    # Other calendars, read into the Gregorian one (:func:`_normalised`): the Thai
    # Buddhist era's years ("3 ธ.ค. 2568", "3 ธ.ค. 68"), Persian solar-hijri dates ("۱۲ آذر
    # ۱۴۰۴") and Japanese era years ("令和7年12月3日"); numeric solar-hijri and Buddhist-era
    # dates ("1404/09/12", "03/12/2568") only in their languages (:data:`_OWN_CALENDAR`).
    | (?<!\d)\d{{1,2}}\s+{_THAI}\s*(?:พ\.ศ\.\s*)?(?:25\d\d|\d\d)(?!\d)
    | (?<!\d)\d{{1,2}}\s+{_SOLAR}\s+1[34]\d\d(?!\d)
    | (?<!\d)1(?:3[7-9]|40)\d[/-](?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])(?!\d)
    | (?<!\d)(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/25[3-9]\d(?!\d)
    | {_ERA}\s*\d{{1,2}}\s*月\s*\d{{1,2}}(?!\d)""",
    re.IGNORECASE | re.VERBOSE,
)
# Year, month and day with one separator used twice: "/2025/12/" is a month archive path,
# not December the 2nd nor January the 2nd.
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=/|[_-]|\.|$)"
)
# "/2020-02/19/": a month folder, then the day.
_URL_DATE_MONTH_DAY = re.compile(r"/((?:19|20)\d\d)-(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?=/)")
_URL_DATE_COMPACT = re.compile(
    r"[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
# Day and month in either order, then a 4-digit year: "02-12-2025", "2/12/2025", "02.12.2025".
_NUMERIC_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)\b")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_ISO_DAY = re.compile(r"\d{4}(?:-\d\d-\d\d|\d{4})(?!\d)")


# Zone abbreviations in bylines and <meta> values ("1:06 PM EST", "07:44 PM IST"), as UTC
# offsets in seconds; the date parser knows only UTC and GMT and drops the others, which
# loses the zone the page gave. Where an abbreviation is shared, the reading news sites
# use most: CST as US Central, IST as India, BST as British Summer Time.
_ZONES = {
    name: int(hours * 3600)
    for name, hours in {
        "UTC": 0,
        "GMT": 0,
        "WET": 0,
        "WEST": 1,
        "BST": 1,
        "CET": 1,
        "CEST": 2,
        "EET": 2,
        "EEST": 3,
        "MSK": 3,
        "WAT": 1,
        "CAT": 2,
        "EAT": 3,
        "SAST": 2,
        "EST": -5,
        "EDT": -4,
        "CST": -6,
        "CDT": -5,
        "MST": -7,
        "MDT": -6,
        "PST": -8,
        "PDT": -7,
        "AKST": -9,
        "AKDT": -8,
        "HST": -10,
        "AST": -4,
        "ADT": -3,
        "NST": -3.5,
        "NDT": -2.5,
        "IST": 5.5,
        "PKT": 5,
        "NPT": 5.75,
        "ICT": 7,
        "WIB": 7,
        "SGT": 8,
        "HKT": 8,
        "PHT": 8,
        "AWST": 8,
        "JST": 9,
        "KST": 9,
        "ACST": 9.5,
        "ACDT": 10.5,
        "AEST": 10,
        "AEDT": 11,
        "NZST": 12,
        "NZDT": 13,
    }.items()
}


# Whether numeric dates read day first: known, unknown (None), or asked of the page when
# an ambiguous date turns up (a callable, since gathering the evidence costs a page scan).
DayFirst = bool | None | Callable[[], bool | None]


def parse_date(value: str | None, day_first: DayFirst = None) -> datetime | None:
    """A datetime out of an ISO, RFC or human-written date; None when no full date is given.

    A numeric date whose first two numbers could both be the month ("02.12.2025") is read
    day first when ``day_first`` says so, or when unset and the numbers are dotted (the
    European form); otherwise month first. Dates in other languages are read by their
    month names and their own forms ("2024年12月12日", "12 декабря 2024").
    """
    language = day_first.language if isinstance(day_first, DateStyle) else None
    if value:
        value = _normalised(value)
        if language in _OWN_CALENDAR:
            value = _OWN_CALENDAR[language](value)
    parsed = _parse(value, day_first, language)
    try:
        # A zone a day or more away ("+0700" read as hours) cannot be compared with anything.
        parsed is not None and parsed.utcoffset()
    except ValueError:
        return None
    return parsed


def _parse(
    value: str | None, day_first: DayFirst = None, language: str | None = None
) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    if _EPOCH.match(value):
        seconds = int(value[:10])
        return datetime.fromtimestamp(seconds, tz=UTC)
    if not _HAS_YEAR.search(value) or len(value) > 80:
        return None
    own = _OWN_ENGLISH_MONTH.get(language or "", {})
    # lower(), not casefold(): case folding spells Greek "ΐ" as three characters.
    if any(w.lower() in _MONTH_PARTS or w.lower() in own for w in _WORD.findall(value)):
        value = _FOREIGN_WORD.sub(lambda m: _in_english(m.group(0), own), value)
        value = _MONTH_PAIR.sub(r"\1", value)
    numeric = _NUMERIC_DATE.match(value)
    if numeric:
        one, two = int(numeric[1]), int(numeric[3])
        if callable(day_first):
            day_first = day_first() if one <= 12 and two <= 12 and one != two else None
        if day_first is None:
            day_first = numeric[2] == "."
        try:
            return dateparser.parse(value, dayfirst=day_first, fuzzy=True, tzinfos=_ZONES)
        except (ValueError, OverflowError, TypeError):
            return None
    # ISO 8601 also has reduced forms ("2019", "2019-05", week and ordinal dates) that name
    # no day: the ISO parser reads them as the first day, so it gets only full dates.
    if _ISO_DAY.match(value):
        try:
            return dateparser.isoparse(value)
        except (ValueError, OverflowError):
            pass
    # Two different defaults reveal fields the string did not carry (no day -> no date).
    try:
        first = dateparser.parse(value, default=datetime(2000, 1, 1), fuzzy=True, tzinfos=_ZONES)
        second = dateparser.parse(value, default=datetime(2001, 2, 2), fuzzy=True, tzinfos=_ZONES)
    except (ValueError, OverflowError, TypeError):
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None
    return first


# A month named in two calendars' words, as Arabic pages of the Levant write it ("كانون
# الأول/ديسمبر"): once read into English, one name.
_ENGLISH_NAMES = "|".join(datetime(2000, month, 1).strftime("%B") for month in range(1, 13))
_MONTH_PAIR = re.compile(rf"\b({_ENGLISH_NAMES})\s*/\s*(?:{_ENGLISH_NAMES})\b")


def _in_english(word: str, own: dict[str, str]) -> str:
    # A word of another language's table is no month in this one: it stays as written.
    key = " ".join(word.lower().split())
    return own.get(key) or _ENGLISH_MONTH.get(key) or word


# A dotted or dashed date with a two-digit year, read as one of this century: "02.12.26",
# "03-12-26".
_TWO_DIGIT_YEAR = re.compile(r"^(\d{1,2})([.-])(\d{1,2})\2(\d\d)$")
# Czech, Slovak and Serbian space their numeric dates: "14. 1. 2021".
_SPACED_NUMERIC = re.compile(r"\b(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)\b")
# Korean and Hungarian put the year first, each number with its dot: "2024. 12. 3."
_SPACED_YEAR_FIRST = re.compile(r"^((?:19|20)\d\d)\.\s(\d{1,2})\.\s(\d{1,2})(?!\d)\.?")
_CJK_DATE = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
# Year first, then the month in words: "2024. március 12." (Hungarian), "2024 m. spalio 12
# d." (Lithuanian); "2024. gada 12. oktobris" (Latvian) has the day before the month.
# Sinhala puts the year first too: "2025 දෙසැම්බර් 03".
_YEAR_FIRST_WORDS = re.compile(
    rf"^((?:19|20)\d\d)\.?\s+(?:m\.\s+)?([^\W\d_](?:[^\W\d_]|[{_MARKS}])*)\.?\s+(\d{{1,2}})\b\.?"
)
# Basque declines all three: "2024ko azaroaren 26a" (of 2024, of November, the 26th).
_BASQUE = re.compile(r"^((?:19|20)\d\d)e?ko\s+([^\W\d_]+)\s+(\d{1,2})(?:e?an?)?\b")
_YEAR_GADA = re.compile(r"^((?:19|20)\d\d)\.\s+gada\s+(\d{1,2})\.\s+([^\W\d_]+)")
# Vietnamese names months by number: "14 tháng 10, 2024", "ngày 14 tháng 10 năm 2024".
# "Tháng" is capitalised as often ("03 Tháng 12, 2024").
_VIETNAMESE = re.compile(
    r"(\d{1,2})\s+th(?:áng|g)\s+(\d{1,2})(?:\s+năm|,)?\s+((?:19|20)\d\d)", re.IGNORECASE
)
# The digits of other scripts as ASCII ones: Arabic-Indic and Persian, those of the scripts
# of South and Southeast Asia (Devanagari, Bengali, Gujarati, Thai, Khmer, Myanmar...), and
# full-width ones.
_ZEROS = [c for c in range(0x0660, 0x1A00) if unicodedata.decimal(chr(c), None) == 0]
ASCII_DIGITS = {zero + n: str(n) for zero in (*_ZEROS, 0xFF10) for n in range(10)}


_THAI_DATE = re.compile(rf"(\d{{1,2}})\s+({_THAI})\s*(?:พ\.ศ\.\s*)?(25\d\d|\d\d)(?!\d)")
_SOLAR_DATE = re.compile(rf"(\d{{1,2}})\s+({_SOLAR})\s+(1[34]\d\d)(?!\d)")
_ERA_YEAR = re.compile(rf"({'|'.join(_ERAS)})(\d{{1,2}}|元)年")


def _thai_date(match: re.Match[str]) -> str:
    """A Thai date with its Buddhist-era year, four digits or the last two, in English."""
    year = int(match[3]) if len(match[3]) == 4 else 2500 + int(match[3])
    month = datetime(2000, _THAI_MONTHS[match[2]], 1).strftime("%B")
    return f"{match[1]} {month} {year - 543}"


def _solar_date(match: re.Match[str]) -> str:
    """A solar-hijri date as the ISO form of its Gregorian day, or as written when there
    is no such day."""
    try:
        day = solar_hijri_day(int(match[3]), _SOLAR_MONTH[match[2]], int(match[1]))
    except ValueError:
        return match.group(0)
    return f"{day.isoformat()} "


def solar_hijri_day(year: int, month: int, day: int) -> date:
    """The Gregorian day of a day of the solar hijri (Persian) calendar, by the 33-year
    arithmetic the Iranian calendar follows for the years of the web."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError("no such day")
    year += 1595
    days = -355668 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    gregorian = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gregorian += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gregorian += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gregorian += (days - 1) // 365
        days = (days - 1) % 365
    return date(gregorian, 1, 1) + timedelta(days=days)


# Numeric dates of the calendar a language's pages count in, which only a page declaring
# the language is read in: Persian (and Dari and Pashto) pages' solar-hijri "1404/09/12",
# year first, and Thai pages' Buddhist-era "03/12/2568", day first. Their years are those
# of the web (1370 to 1409, 2530 to 2599): never a Gregorian year, nor a lunar-hijri one
# of the web (1415 on), which Arabic pages write in the same form.
_SOLAR_NUMERIC = re.compile(
    r"(?<!\d)(1(?:3[7-9]|40)\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?!\d)"
)
_THAI_NUMERIC = re.compile(r"(?<!\d)(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])/(25[3-9]\d)(?!\d)")


def _solar_numeric(value: str) -> str:
    def gregorian(match: re.Match[str]) -> str:
        try:
            day = solar_hijri_day(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return match.group(0)
        return day.isoformat()

    return _SOLAR_NUMERIC.sub(gregorian, value)


def _thai_numeric(value: str) -> str:
    return _THAI_NUMERIC.sub(lambda m: f"{m[1]}/{m[2]}/{int(m[3]) - 543}", value)


_OWN_CALENDAR = {"fa": _solar_numeric, "ps": _solar_numeric, "prs": _solar_numeric}
_OWN_CALENDAR["th"] = _thai_numeric


def _gregorian_year(match: re.Match[str]) -> str:
    number = 1 if match[2] == "元" else int(match[2])
    return f"{_ERAS[match[1]] + number}年"


# "GMT+7" as bylines write it means seven hours ahead of UTC; the date parser reads such a
# zone the POSIX way round (seven hours behind), so it gets the ISO offset instead.
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d\d))?(?!\d)", re.IGNORECASE)


def _iso_offset(match: re.Match[str]) -> str:
    return f"{match[1]}{int(match[2]):02d}:{match[3] or '00'}"


def _normalised(value: str) -> str:
    """``value`` with ASCII digits, ISO zone offsets and year-first written dates in
    day-month-year order."""
    value = value.translate(ASCII_DIGITS)
    if "+" in value or "-" in value:
        value = _GMT_OFFSET.sub(_iso_offset, value)
    value = _SPACED_NUMERIC.sub(r"\1.\2.\3", value)
    value = _TWO_DIGIT_YEAR.sub(r"\1\2\3\g<2>20\4", value.strip())
    value = _SPACED_YEAR_FIRST.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d} ", value)
    if "年" in value:
        value = _ERA_YEAR.sub(_gregorian_year, value)
    value = _CJK_DATE.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d} ", value)
    value = _THAI_DATE.sub(_thai_date, value)
    value = _SOLAR_DATE.sub(_solar_date, value)
    value = _VIETNAMESE.sub(lambda m: f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d} ", value)
    # Year-first forms: "2024. március 12." -> "12 március 2024"
    value = _YEAR_GADA.sub(lambda m: f"{m[2]} {m[3]} {m[1]}", value.strip())
    value = _BASQUE.sub(lambda m: f"{m[3]} {m[2]} {m[1]}", value)
    return _YEAR_FIRST_WORDS.sub(lambda m: f"{m[3]} {m[2]} {m[1]}", value)


# Written-out dates, to check which reading of an ambiguous numeric date the page means.
_WRITTEN_DATE = re.compile(
    rf"""\b(?:{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d
      | \d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\.?,?\s+(?:19|20)\d\d)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Locales that write the month first; other languages and English regions put the day first.
_MONTH_FIRST = frozenset({"en-us", "en-ph", "en-ca", "en-um", "en-as", "en-gu"})


def day_first(text: str, lang: str | None) -> bool | None:
    """Whether the page writes numeric dates day first, or None when it does not tell.

    Evidence, strongest first: numeric dates that only one order can read ("25/12/2025"),
    an ambiguous one whose reading the page also writes out in words ("02-12-2025" next to
    "December 02, 2025"), then the page's language and region.
    """
    votes = 0
    written: set[tuple[int, int, int]] | None = None
    for match in _NUMERIC_DATE.finditer(text[:200_000]):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        if first > 12 >= second:
            votes += 2
        elif second > 12 >= first:
            votes -= 2
        elif first != second:
            if written is None:
                written = set()
                for found in _WRITTEN_DATE.finditer(text[:200_000]):
                    parsed = parse_date(found.group(0))
                    if parsed is not None:
                        written.add((parsed.year, parsed.month, parsed.day))
            votes += ((year, second, first) in written) - ((year, first, second) in written)
    if votes:
        return votes > 0
    lang = (lang or "").strip().casefold().replace("_", "-")
    if not lang or lang == "en":
        return None
    return lang not in _MONTH_FIRST


class DateStyle:
    """How one page writes its dates, to pass as ``day_first``: in its declared language,
    which settles the month of a month word languages read differently ("listopad" is
    October in Croatian, November in Polish), and day or month first, which
    :func:`day_first` asks of the page's text only when an ambiguous numeric date turns up.
    """

    def __init__(self, text: str, language: str | None) -> None:
        self._text = text
        self._tag = language
        self.language = (language or "").strip().casefold().replace("_", "-").split("-")[0]

    @cached_property
    def _order(self) -> bool | None:
        return day_first(self._text, self._tag)

    def __call__(self) -> bool | None:
        return self._order


# Digits of other scripts, which dates are read in as ASCII ones.
_OTHER_DIGITS = re.compile("[" + "".join(map(chr, ASCII_DIGITS)) + "]")
# How far a written date reaches on either side of its year, its widest forms
# ("12 de septiembre de 2024", "2024. szeptember 12.") with room for markup's spacing.
_DATE_REACH = 100


def writes_day(text: str, day: date) -> bool:
    """Whether ``text`` writes ``day`` as a date :func:`dates_in_text` reads.

    Every such date carries its year in four digits, so only the text around each of the
    year's occurrences is read: a page's markup runs to hundreds of kilobytes.
    """
    if _OTHER_DIGITS.search(text):
        text = text.translate(ASCII_DIGITS)
    year = str(day.year)
    at = text.find(year)
    while at >= 0:
        # A search from ``pos`` still sees the character before it: a window never
        # starts a date in the middle of a number ("2 May" of "12 May").
        for match in TEXT_DATE.finditer(text, max(0, at - _DATE_REACH), at + 4 + _DATE_REACH):
            if match.start() <= at < match.end():
                parsed = parse_date(match.group(0))
                if parsed is not None and parsed.date() == day:
                    return True
        at = text.find(year, at + 1)
    return False


def dates_in_text(text: str, day_first: DayFirst = None) -> list[datetime]:
    found = []
    for match in TEXT_DATE.finditer(text.translate(ASCII_DIGITS)):
        parsed = parse_date(match.group(0), day_first)
        if parsed is not None:
            found.append(parsed)
    return found


def date_from_url(url: str | None) -> datetime | None:
    if not url:
        return None
    path = url.split("?", 1)[0]
    # (pattern, groups of year, month, day)
    for pattern, groups in (
        (_URL_DATE, (1, 3, 4)),
        (_URL_DATE_MONTH_DAY, (1, 2, 3)),
        (_URL_DATE_COMPACT, (1, 2, 3)),
    ):
        match = pattern.search(path)
        if match:
            try:
                year, month, day = (int(match[g]) for g in groups)
                return datetime(year, month, day)
            except ValueError:
                pass
    return None


# A clock time right after a written date, as bylines print it in most languages:
# "6 May 2025, 09:30", "19.10.2019 um 05:00 Uhr", "19 octobre 2019 à 05h00",
# "December 19, 2016 | 7:08pm", "6 maja 2025, godz. 09:30", "May 6 at 9:30 a.m. EDT",
# "2024年12月12日(木) 午後3時05分", "2024년 12월 12일 오후 3:05", a weekday between the two
# ("03 Aralık 2026, Perşembe 14:35", "3 December 2026, Thursday 14:35"); the ordinal dot languages
# put after the year or day is the date's ("15. listopada 2024. u 08:30"), and so is the
# word "year" Polish, Russian and Ukrainian write after it ("3 grudnia 2024 r., godz. 14:35").
# The words before it are the languages' "at"; a zone after it is an abbreviation the
# grammar knows, a "GMT+2" / "UTC-05:00" offset or an ISO one ("+02:00").
_CLOCK = re.compile(
    r"""^[日일.]?[\s,|·•/@–—-]{0,4}
    (?:(?:r|roku|г|года|р|року)\.?,?\s+)?
    (?:(?P<weekday>[^\W\d_]{3,12})\.?,?\s+(?=\S{0,8}\s*\d))?
    (?:(?:at|um|à|a\s+las?|alle|ore|ora|om|kl\.?|klo|kello|godz\.?|в|saat|pukul|às|ás|o|о|v|ve|u|στις)
    \s*)?
    (?:[(（]\w[)）]\s*)?(?P<cjk>午前|午後|上午|下午|오전|오후)?\s*
    (?P<h>[01]?\d|2[0-3])\s*(?:[:.]|h\s?|[時时시]\s?)\s*(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d.:]?\d)
    [分분]?
    (?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?
    (?:\s*(?:Uhr|h|hrs?)\b)?
    (?:(?P<off>[+-]\d\d:?\d\d)|\s*(?:[(（]?(?P<gmt>(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d\d)?)|\(?(?P<zone>[A-Z]{2,5})\b\)?))?""",
    re.IGNORECASE | re.VERBOSE,
)
_OFFSET = re.compile(r"(?:GMT|UTC)?\s*([+-])\s*(\d{1,2}?)(?::?(\d\d))?$", re.IGNORECASE)


def clock_after(text: str) -> tuple[int, int, int, int | None] | None:
    """(hour, minute, second, UTC offset in seconds or None) of a clock time opening
    ``text`` (what follows a date), or None when no time follows it."""
    match = _CLOCK.match(text.translate(ASCII_DIGITS))
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["m"])
    half = match["ap"]
    if match["cjk"]:
        # Before the time in Chinese, Japanese and Korean: 午後 / 下午 / 오후 is p.m.
        half = "p" if match["cjk"] in {"午後", "下午", "오후"} else "a"
    if half:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if half.casefold() == "p" else 0)
    offset: int | None = None
    written = match["off"] or match["gmt"]
    if written:
        sign, hours, minutes = _OFFSET.match(written).groups()  # type: ignore[union-attr]
        offset = (int(hours) * 3600 + int(minutes or 0) * 60) * (-1 if sign == "-" else 1)
        if offset > 14 * 3600 or offset < -12 * 3600:
            offset = None
    elif match["zone"]:
        offset = _ZONES.get(match["zone"])
    return hour, minute, int(match["s"] or 0), offset


# A clock time right before a written date, as some bylines print it ("6:05 PM GMT+1,
# December 2, 2026", "14:35, 3 декабря 2026"): the time, up to a few letters of a half-day
# or zone, then only separators up to the date.
_CLOCK_BEFORE = re.compile(
    r"(?<![\d.:])((?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?!\d)[A-Za-z.\s()]{0,12}?(?:[+-]\d{1,2}(?::?\d\d)?)?)"
    r"[\s,|·•–—/-]*$"
)


def clock_before(text: str) -> tuple[int, int, int, int | None] | None:
    """(hour, minute, second, UTC offset in seconds or None) of a clock time closing
    ``text`` (what precedes a date), or None when none does. A time that follows another
    date ("3 Dec 2026 14:35 | 4 Dec 2026") is that date's."""
    text = text.translate(ASCII_DIGITS)
    match = _CLOCK_BEFORE.search(text[-40:])
    if match is None or text[-40:][: match.start()].rstrip(" ,|·•–—/-")[-1:].isdigit():
        return None
    return clock_after(match[1])
