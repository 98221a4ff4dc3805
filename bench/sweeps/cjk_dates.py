"""Dates on Chinese, Japanese and Korean pages: the publication labelled before its date
("发布时间：", "公開日：", "입력 :") against the site's "today" over the headline, and the
update labelled beside it."""

import warnings
from datetime import UTC, datetime

from scrape import extract

warnings.simplefilter("ignore")
FETCH = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
P = "<p>" + "市议会周二决定延长冬季渡轮服务，并增加两班夜间航班。" * 12 + "</p>"
cases = [
    (
        "zh plain today over headline",
        "<div>2026年12月05日</div><main><article><h1>渡轮延长服务</h1><p class='lead'>市议会周二决定延长冬季渡轮服务。</p><div>发布时间：2026-12-03 14:35</div>"
        + P
        + "</article></main>",
        "2026-12-03",
    ),
    (
        "ko plain today over headline",
        "<div>2026.12.05</div><main><article><h1>여객선 연장</h1><p class='lead'>시의회는 화요일 겨울 여객선 운항 연장을 결정했다.</p><div>입력 : 2026.12.03 14:35</div>"
        + P
        + "</article></main>",
        "2026-12-03",
    ),
    (
        "ja plain today over headline",
        "<div>2026年12月5日</div><main><article><h1>フェリー延長</h1><p class='lead'>市議会は冬のフェリー運航の延長を決めた。</p><div>公開日：2026年12月3日</div>"
        + P
        + "</article></main>",
        "2026-12-03",
    ),
    (
        "zh today bar + 发布时间",
        "<div class='top'>2026年12月05日 星期六</div><main><article><h1>渡轮延长服务</h1><div class='info'>来源：新华网 发布时间：2026-12-03 14:35</div>"
        + P
        + "</article></main>",
        "2026-12-03",
    ),
    (
        "zh 更新时间 first then 发布时间",
        "<main><article><h1>渡轮延长服务</h1><div class='info'>更新时间：2026-12-04 10:15 发布时间：2026-12-03 14:35</div>"
        + P
        + "</article></main>",
        "2026-12-03",
    ),
    (
        "tw 發布時間 after 更新時間",
        "<main><article><h1>渡輪延長服務</h1><div class='info'>更新時間：2026/12/04 10:15 發布時間：2026/12/03 14:35</div>"
        + P
        + "</article></main>",
        "2026-12-03",
    ),
    (
        "ja 公開日 after 更新日",
        "<main><article><h1>フェリー延長</h1><div class='info'>更新日：2026年12月4日 公開日：2026年12月3日</div>"
        + P
        + "</article></main>",
        "2026-12-03",
    ),
    (
        "ko 입력: after 수정:",
        "<main><article><h1>여객선 연장</h1><div class='info'>수정 : 2026.12.04 10:15 입력 : 2026.12.03 14:35</div>"
        + P
        + "</article></main>",
        "2026-12-03",
    ),
    (
        "ko 입력 수정 order",
        "<main><article><h1>여객선 연장</h1><div class='info'>입력 2026.12.03 14:35 수정 2026.12.04 10:15</div>"
        + P
        + "</article></main>",
        "2026-12-03",
    ),
]
bad = 0
for name, body, want in cases:
    html = f"<html><head><title>X</title></head><body>{body}</body></html>"
    a = extract(html, "https://news.example.cn/a/123.html", fetched_at=FETCH)
    got = a.published.date().isoformat() if a.published else None
    if got != want:
        bad += 1
        print(f"{name:40} want {want} got {got}")
print("bad", bad)
