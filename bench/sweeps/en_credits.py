import warnings

from scrape import extract

warnings.simplefilter("ignore")
TEXT = "The city council voted on Tuesday to extend the ferry service through the winter, with two late crossings on weekdays. "
cases = [
    ("By Jane Doe, The Associated Press", ["Jane Doe"]),
    ("By The Associated Press", ["The Associated Press"]),
    ("Associated Press", ["Associated Press"]),
    ("By Jane Doe | jdoe@gazette.example", ["Jane Doe"]),
    ("Jane Doe | The Washington Post", ["Jane Doe"]),
    ("By Jane Doe and John Smith, CNN", ["Jane Doe", "John Smith"]),
    ("By Jane Doe, John Smith and Ann Lee", ["Jane Doe", "John Smith", "Ann Lee"]),
    ("Story by Jane Doe • Photos by John Smith", ["Jane Doe"]),
    ("By Jane Doe Updated 3:45 PM EST, Tue December 3, 2026", ["Jane Doe"]),
    ("By Jane Doe, Reuters", ["Jane Doe"]),
    ("Reuters", ["Reuters"]),
    ("From CNN's Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
    ("By Jane Doe For Dailymail.com", ["Jane Doe"]),
    ("By JANE DOE FOR MAILONLINE", ["JANE DOE"]),
    ("By Jane Doe in Kyiv", ["Jane Doe"]),
    ("Jane Doe in Washington and John Smith in London", ["Jane Doe", "John Smith"]),
    ("By Jane Doe @janedoe", ["Jane Doe"]),
    ("By Jane Doe Published 2:30 PM ET Dec. 3, 2026", ["Jane Doe"]),
    ("By Jane Doe (CNN)", ["Jane Doe"]),
    ("By Staff Reports", []),
    ("By Jane Doe, Special to The Gazette", ["Jane Doe"]),
    ("By Jane Doe, Contributor", ["Jane Doe"]),
    ("Jane Doe, Senior Reporter", ["Jane Doe"]),
    ("By Jane Doe & John Smith", ["Jane Doe", "John Smith"]),
    ("Words by Jane Doe", ["Jane Doe"]),
    ("By Jane Doe, USA TODAY", ["Jane Doe"]),
    ("By Jane Doe, BBC News, Washington", ["Jane Doe"]),
    ("Jane Doe, BBC News", ["Jane Doe"]),
    ("By Jane Doe, CNBC", ["Jane Doe"]),
    ("By Jane Doe Bloomberg", ["Jane Doe"]),
    ("By Jane Doe  and  John Smith", ["Jane Doe", "John Smith"]),
    ("Posted by Jane Doe on December 3, 2026", ["Jane Doe"]),
]
bad = 0
for line, want in cases:
    body = "<p>" + TEXT * 8 + "</p>"
    for shape in ("<p class='byline'>{}</p>", "<div class='article-meta'><span>{}</span></div>"):
        html = f"<html lang='en'><head><title>Ferry | Gazette</title></head><body><header class='site-header'><a href='/'>Gazette</a></header><main><article><h1>Ferry service extended</h1>{shape.format(line)}{body}</article></main></body></html>"
        got = list(extract(html, "https://www.gazette.example/local/ferry-123.html").authors)
        if got != want:
            bad += 1
            print(f"{shape[:12]:12} {line:50} want {want} got {got}")
print("bad", bad)
