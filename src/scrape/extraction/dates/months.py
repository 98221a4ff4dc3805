"""Month names as pages write them, and their reading into English ones for the date parser.

English names as a pattern; the other languages news is written in, one word a name
(:data:`FOREIGN_MONTH_NAMES`), with the words some languages read as another month; the
names of other scripts, some of more than one word (:data:`SCRIPT_MONTH_NAMES`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

MONTHS = (
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
_SCRIPT_ENGLISH_MONTH = {
    spelling: datetime(2000, month, 1).strftime("%B")
    for month, names in SCRIPT_MONTH_NAMES.items()
    for name in names.split("|")
    for spelling in _spellings(name)
}
_ENGLISH_MONTH = _english(FOREIGN_MONTH_NAMES) | _SCRIPT_ENGLISH_MONTH
OWN_ENGLISH_MONTH = {
    language: _english(names)
    for languages, names in _OWN_MONTH_NAMES.items()
    for language in languages
}
_MONTH_WORDS = {*_ENGLISH_MONTH, *(word for own in OWN_ENGLISH_MONTH.values() for word in own)}
# The vowel signs and other marks the scripts of South and Southeast Asia write inside
# their words ("दिसंबर", "ธันวาคม"): no word characters to Python's patterns, so a word
# boundary falls inside such a word and after one that ends in a mark.
MARKS = "\u0300-\u036f\u0900-\u0963\u0981-\u09e3\u0a01-\u0a63\u0a81-\u0ae3\u0b01-\u0b63"
MARKS += "\u0b82-\u0be3\u0c00-\u0c63\u0c80-\u0ce3\u0d00-\u0d63\u0d81-\u0de5\u0df2\u0df3\u200d"
MARKS += "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
# Longest first, so "juil" is not read as "jul" followed by letters; a name of two words
# ("تشرين الأول") on any spacing.
FOREIGN = (
    "(?:"
    + "|".join(
        re.escape(name).replace("\\ ", r"\s+")
        for name in sorted(_MONTH_WORDS, key=len, reverse=True)
    )
    + ")"
)
FOREIGN_WORD = re.compile(rf"(?<![\w{MARKS}]){FOREIGN}(?![\w{MARKS}])", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+")
# The words of the month names (in a script with marks, the runs of letters between them),
# which a value must hold one of to hold a month name.
MONTH_PARTS = frozenset(part for name in _MONTH_WORDS for part in WORD.findall(name))


# A month named in two calendars' words, as Arabic pages of the Levant write it ("كانون
# الأول/ديسمبر"): once read into English, one name.
_ENGLISH_NAMES = "|".join(datetime(2000, month, 1).strftime("%B") for month in range(1, 13))
MONTH_PAIR = re.compile(rf"\b({_ENGLISH_NAMES})\s*/\s*(?:{_ENGLISH_NAMES})\b")


def in_english(word: str, own: dict[str, str]) -> str:
    # A word of another language's table is no month in this one: it stays as written.
    key = " ".join(word.lower().split())
    return own.get(key) or _ENGLISH_MONTH.get(key) or word
