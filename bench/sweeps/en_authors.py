import warnings

from scrape import extract

warnings.simplefilter("ignore")

body = (
    "<p>"
    + "The city council voted on Tuesday to extend the harbour ferry service through the winter, adding two late crossings. "
    * 8
    + "</p>"
)
cases = [
    ("By Jane Doe | May 3, 2024", ["Jane Doe"]),
    ("Jane Doe, Staff Writer", ["Jane Doe"]),
    ("Jane Doe, Senior Reporter", ["Jane Doe"]),
    ("Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
    ("By Jane Doe and John Smith, Associated Press", ["Jane Doe", "John Smith"]),
    ("By JANE DOE", ["Jane Doe"]),
    ("Jane Doe | Reuters", ["Jane Doe"]),
    ("Story by Jane Doe • Photos by John Smith", ["Jane Doe"]),
    ("By The Associated Press", ["The Associated Press"]),
    ("By Associated Press", ["Associated Press"]),
    ("By Reuters Staff", ["Reuters Staff"]),
    ("From CNN's Jane Doe", ["Jane Doe"]),
    ("Jane Doe, CNN", ["Jane Doe"]),
    ("Analysis by Jane Doe, CNN", ["Jane Doe"]),
    ("Opinion by Jane Doe", ["Jane Doe"]),
    ("Written by Jane Doe. Edited by John Smith", ["Jane Doe"]),
    ("Jane Doe is a reporter for the Harbour Post.", ["Jane Doe"]),
    ("By Jane Doe in London", ["Jane Doe"]),
    ("By Jane Doe, Washington Post", ["Jane Doe"]),
    ("Posted by admin", []),
    ("By Harbour Post Staff", ["Harbour Post Staff"]),
    ("By Dr. Jane Doe, MD", ["Jane Doe"]),
]
bad = 0
for line, want in cases:
    for shape in ("<p class='byline'>{}</p>", "<div class='article-meta'><span>{}</span></div>"):
        html = f"<html lang='en'><head><title>Ferry service extended | Harbour Post</title></head><body><header class='site-header'><a href='/'>Harbour Post</a></header><main><article><h1>Ferry service extended</h1>{shape.format(line)}{body}</article></main></body></html>"
        a = extract(html, "https://www.harbourpost.example/local/ferry-123.html")
        got = list(a.authors)
        if got != want and not (line.startswith("By JANE") and got == ["JANE DOE"]):
            bad += 1
            print(f"{shape[:12]:12} {line:55} want {want} got {got}")
print("bad", bad)
