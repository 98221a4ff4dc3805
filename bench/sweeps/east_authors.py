import warnings

from scrape import extract

warnings.simplefilter("ignore")
texts = {
    "ru": "Правительство в среду утвердило проект бюджета на следующий год, расходы на оборону заметно вырастут. ",
    "uk": "Уряд у середу схвалив проєкт бюджету на наступний рік, витрати на оборону помітно зростуть. ",
    "tr": "Hükümet çarşamba günü gelecek yılın bütçe taslağını onayladı, savunma harcamaları belirgin şekilde artacak. ",
    "ar": "وافقت الحكومة يوم الأربعاء على مشروع ميزانية العام المقبل، وسترتفع نفقات الدفاع بشكل ملحوظ. ",
    "pl": "Rząd w środę zatwierdził projekt budżetu na przyszły rok, wydatki na obronność wyraźnie wzrosną. ",
    "nl": "Het kabinet heeft woensdag de begroting voor volgend jaar goedgekeurd, de defensie-uitgaven stijgen flink. ",
}
cases = [
    ("ru", "Автор: Иван Петров", ["Иван Петров"]),
    ("ru", "Иван Петров / РИА Новости", ["Иван Петров"]),
    ("ru", "РИА Новости", ["РИА Новости"]),
    ("ru", "ТАСС", ["ТАСС"]),
    ("ru", "Иван Петров, Мария Сидорова", ["Иван Петров", "Мария Сидорова"]),
    ("ru", "Текст: Иван Петров Фото: Сергей Иванов", ["Иван Петров"]),
    ("ru", "Иван Петров 3 декабря 2026, 14:35", ["Иван Петров"]),
    ("uk", "Автор: Іван Петренко", ["Іван Петренко"]),
    ("uk", "Іван Петренко, Укрінформ", ["Іван Петренко"]),
    ("tr", "Yazan: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
    ("tr", "Ahmet Yılmaz - Ankara", ["Ahmet Yılmaz"]),
    ("tr", "AA", ["AA"]),
    ("tr", "Haber Merkezi", ["Haber Merkezi"]),
    ("tr", "Ahmet Yılmaz | 03.12.2026 14:35", ["Ahmet Yılmaz"]),
    ("ar", "بقلم: محمد علي", ["محمد علي"]),
    ("ar", "كتب - محمد علي", ["محمد علي"]),
    ("ar", "القاهرة - رويترز", ["رويترز"]),
    ("ar", "محمد علي - القاهرة", ["محمد علي"]),
    ("pl", "Jan Kowalski, PAP", ["Jan Kowalski"]),
    ("pl", "Autor: Jan Kowalski | 03.12.2026 14:35", ["Jan Kowalski"]),
    ("pl", "Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
    ("pl", "Opracowanie: Jan Kowalski", ["Jan Kowalski"]),
    ("nl", "Door onze redacteur Jan de Vries", ["Jan de Vries"]),
    ("nl", "Jan de Vries en Piet Bakker", ["Jan de Vries", "Piet Bakker"]),
    ("nl", "Door Jan de Vries · 3 dec 2026, 14:35", ["Jan de Vries"]),
    ("nl", "ANP/Redactie", ["ANP"]),
]
bad = 0
for lang, line, want in cases:
    body = "<p>" + texts[lang] * 8 + "</p>"
    for shape in ("<p class='byline'>{}</p>",):
        html = f"<html lang='{lang}'><head><title>Budget | Gazette</title></head><body><header class='site-header'><a href='/'>Gazette</a></header><main><article><h1>Budget adopted</h1>{shape.format(line)}{body}</article></main></body></html>"
        got = list(extract(html, "https://www.gazette.example/local/budget-123.html").authors)
        if got != want:
            bad += 1
            print(f"{lang} {line:45} want {want} got {got}")
print("bad", bad)
