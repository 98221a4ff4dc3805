import warnings

from scrape import extract

warnings.simplefilter("ignore")
texts = {
    "zh-TW": "財政部今天下午將公佈今年一至二月期統一發票中獎清冊，本期千萬中獎張數為十八張，民眾可上網查詢。",
    "zh-CN": "国家统计局今天发布数据显示，今年前两个月全国规模以上工业增加值同比增长，市场预期总体稳定。",
    "ja": "政府は三日、来年度の予算案を閣議決定した。一般会計の総額は過去最大となり、防衛費も大きく増える見通しだ。",
    "ko": "정부는 3일 내년도 예산안을 국무회의에서 의결했다. 일반회계 총액은 역대 최대 규모로 국방비도 크게 늘어날 전망이다.",
    "ru": "Правительство в среду утвердило проект бюджета на следующий год, расходы на оборону заметно вырастут. ",
}
cases = [
    ("zh-TW", "記者王小明／台北報導", ["王小明"]),
    ("zh-TW", "〔記者王小明／台北報導〕", ["王小明"]),
    ("zh-TW", "【記者王小明／台北報導】", ["王小明"]),
    ("zh-TW", "記者王小明、張大同／台北報導", ["王小明", "張大同"]),
    ("zh-TW", "記者 王小明 張大同／台北報導", ["王小明", "張大同"]),
    ("zh-TW", "（中央社記者王小明台北3日電）", ["王小明"]),
    ("zh-TW", "中央社記者王小明台北3日電", ["王小明"]),
    ("zh-TW", "編譯王小明／綜合報導", ["王小明"]),
    ("zh-TW", "聯合報 記者林宸誼／即時報導", ["林宸誼"]),
    ("zh-TW", "文／王小明　攝影／張大同", ["王小明"]),
    ("zh-CN", "新华社北京3月5日电（记者王小明）", ["王小明"]),
    ("zh-CN", "新华社北京3月5日电（记者王小明、张大同）", ["王小明", "张大同"]),
    ("zh-CN", "本报记者 王小明", ["王小明"]),
    ("zh-CN", "记者｜王小明", ["王小明"]),
    ("zh-CN", "文/王小明 图/张大同", ["王小明"]),
    ("zh-CN", "作者：王小明", ["王小明"]),
    ("ja", "【ワシントン＝山田太郎】", ["山田太郎"]),
    ("ja", "文：山田太郎", ["山田太郎"]),
    ("ja", "取材・文／山田太郎", ["山田太郎"]),
    ("ja", "山田太郎記者", ["山田太郎"]),
    ("ko", "홍길동 기자", ["홍길동"]),
    ("ko", "(서울=연합뉴스) 홍길동 기자 =", ["홍길동"]),
    ("ko", "홍길동 기자 hong@example.kr", ["홍길동"]),
    ("ko", "글 홍길동", ["홍길동"]),
    ("ru", "Автор: Иван Петров", ["Иван Петров"]),
    ("ru", "Иван Петров", ["Иван Петров"]),
    ("ru", "Текст: Иван Петров", ["Иван Петров"]),
    ("ru", "Иван Петров, корреспондент в Берлине", ["Иван Петров"]),
]
bad = 0
for lang, line, want in cases:
    body = "<p>" + texts[lang] * 6 + "</p>"
    for name, shape in (
        ("byline", "<div class='byline'>{}</div>" + body),
        ("meta", "<div class='article-meta'><span>{}</span></div>" + body),
        ("opens", "<p>{}" + texts[lang] * 6 + "</p>"),
    ):
        html = f"<html lang='{lang}'><head><title>標題 | Gazette</title></head><body><header class='site-header'><a href='/'>Gazette</a></header><main><article><h1>標題新聞</h1>{shape.format(line)}</article></main></body></html>"
        if name == "opens" and not (line[0] in "〔【（(" or "电（" in line or line.endswith("=")):
            continue
        if name == "opens" and line.endswith("="):
            shape = "<p>{} " + texts[lang] * 6 + "</p>"
        got = list(extract(html, "https://www.gazette.example/news/123.html").authors)
        if got != want:
            bad += 1
            print(f"{name:7} {lang:6} {line:30} want {want} got {got}")
print("bad", bad)
