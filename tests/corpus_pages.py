"""Pages, WARC and JSONL files the corpus tests build for themselves.

The stories below were written for these tests (no publisher's text). The page layout
follows the project's own ``examples/press-article.html``.
"""
from __future__ import annotations

import datetime
import gzip
import html
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from fastwarc.warc import WarcRecord, WarcRecordType

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "press-article.html"

STORIES = {
    "bridge": ("낡은 육교 세 곳 철거…횡단보도로 바꾼다", [
        "시는 준공 40년이 넘은 육교 세 곳을 올해 안에 철거하고 그 자리에 횡단보도를 놓는다고 3일 밝혔다.",
        "철거 대상은 역 앞 육교와 시장 입구 육교, 초등학교 앞 육교다. 세 곳 모두 안전 점검에서 보수가 필요하다는 판정을 받았다.",
        "시는 노인과 장애인이 계단을 오르내리기 어렵다는 민원이 꾸준히 들어와 철거를 결정했다고 설명했다.",
        "공사 기간에는 임시 신호등을 설치하고 모범운전자를 배치해 보행자 안전을 지킬 계획이다.",
    ]),
    "library": ("동네 도서관 밤 10시까지 연다…직장인 이용 늘 듯", [
        "구립 도서관 다섯 곳이 다음 달부터 평일 밤 10시까지 문을 연다.",
        "구는 퇴근 뒤 도서관을 찾는 직장인이 늘었지만 오후 6시에 문을 닫아 이용이 어렵다는 의견이 많았다고 밝혔다.",
        "연장 운영 시간에는 열람실과 자료실을 모두 이용할 수 있으며, 무인 반납기도 24시간 운영한다.",
        "구 관계자는 이용 현황을 살펴 주말 운영 시간도 늘리는 방안을 검토하겠다고 말했다.",
    ]),
    "rain": ("주말 남부 많은 비…최대 120㎜ 예보", [
        "토요일인 오는 6일 남부 지방을 중심으로 많은 비가 내릴 것으로 보인다고 기상청이 4일 예보했다.",
        "예상 강수량은 남해안과 지리산 부근 30~80㎜, 많은 곳은 120㎜ 이상이다. 중부 지방은 5~20㎜ 안팎이다.",
        "비는 일요일 오전 대부분 그치겠지만, 그 뒤 찬 공기가 내려오면서 기온이 크게 떨어지겠다.",
        "기상청은 산간 계곡과 하천 주변 야영객은 안전사고에 유의해 달라고 당부했다.",
    ]),
    "wire": ("[속보] 반도체 수출 석 달 연속 늘어", [
        "지난달 반도체 수출이 1년 전보다 18% 늘어 석 달 연속 증가세를 이어갔다.",
        "산업통상자원부가 1일 발표한 수출입 동향에 따르면 지난달 반도체 수출액은 112억 달러로 집계됐다.",
        "메모리 반도체 가격이 오르고 인공지능 서버용 고대역폭 메모리 수요가 늘어난 영향으로 풀이된다.",
        "전체 수출은 5% 늘었고 무역수지는 14개월 연속 흑자를 기록했다.",
    ]),
}


def article_page(title: str, paragraphs: list[str], url: str, *, press: str = "신문일보",
                 reporter: str = "김하늘 기자 sky@sinmun-ilbo.example", lead: str = "") -> str:
    """A news article page in the layout of ``examples/press-article.html``."""
    body = "\n".join(f"  <p>{html.escape(p)}</p>" for p in ([lead] if lead else []) + paragraphs)
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{html.escape(title)} | {press}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="{press}">
<meta property="article:published_time" content="2025-09-03T08:00:00+09:00">
<link rel="canonical" href="{url}">
</head><body>
<header><nav><a href="/">홈</a> <a href="/society">사회</a></nav></header>
<h1 class="headline">{html.escape(title)}</h1>
<div class="byline">{html.escape(reporter.split(" ")[0])} 기자</div>
<article id="article-view-content-div" itemprop="articleBody">
{body}
  <p>{html.escape(reporter)}</p>
  <p class="copyright">&lt;저작권자 ⓒ {press}, 무단전재 및 재배포 금지&gt;</p>
</article>
<footer>{press} | Copyright © {press}. All rights reserved.</footer>
</body></html>
"""


def story_page(key: str, url: str | None = None, **kwargs) -> str:
    title, paragraphs = STORIES[key]
    return article_page(title, paragraphs, url or f"https://www.sinmun-ilbo.example/news/{key}", **kwargs)


def list_page() -> str:
    """A section front page: links, no article."""
    links = "".join(f'<li><a href="/news/{i}">짧은 제목 {i}</a></li>' for i in range(12))
    return f"<html><head><title>사회 | 신문일보</title></head><body><ul>{links}</ul></body></html>"


# ----------------------------------------------------------------- WARC
def http_response(body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def warc_record(uri: str, block: bytes, when: datetime.datetime | None = None,
                record_type: WarcRecordType = WarcRecordType.response) -> bytes:
    """One WARC record (uncompressed bytes) with ``block`` as its content."""
    record = WarcRecord()
    record.init_headers(record_type, content_length=len(block))
    record.headers["WARC-Target-URI"] = uri
    record.headers["Content-Type"] = "application/http; msgtype=response"
    record.record_date = when or datetime.datetime(2025, 9, 3, 1, 0, tzinfo=datetime.timezone.utc)
    record.set_bytes_content(block)
    out = io.BytesIO()
    record.write(out)
    return out.getvalue()


def write_warc(path: Path, records: list[bytes]) -> Path:
    """Records gzip-compressed one member each (as crawlers write them) for ``.gz`` paths."""
    data = b"".join(gzip.compress(r) for r in records) if path.name.endswith(".gz") else b"".join(records)
    path.write_bytes(data)
    return path


def write_jsonl(path: Path, lines: list[dict | str]) -> Path:
    text = "".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n" for line in lines)
    path.write_bytes(gzip.compress(text.encode()) if path.name.endswith(".gz") else text.encode())
    return path


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def run_sinmun(*args, cwd, env=None, **kwargs) -> subprocess.CompletedProcess:
    """``python -m sinmun.cli ARGS`` in ``cwd``, its output captured (paths may be bytes or Path)."""
    return subprocess.run([sys.executable, "-m", "sinmun.cli", *map(os.fsdecode, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=360, env=env, **kwargs)
