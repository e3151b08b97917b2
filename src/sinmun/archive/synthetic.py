"""Synthetic Korean article records for benchmarks and tests (deterministic for a seed).

The vocabulary is the project's own: made-up presses and reporters, real-looking titles
and topics, sentences with the particles and spacing variants the search must handle.
"""
from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Archive

PRESSES = ["신문일보", "한빛경제", "누리뉴스", "바다방송", "새벽신문", "가람일보", "미래타임스", "한결통신"]
SECTIONS = ["정치", "경제", "사회", "국제", "IT과학", "문화", "스포츠", "오피니언"]
SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍"
GIVEN = ["민준", "서연", "지훈", "하은", "도윤", "수아", "예준", "지우", "시우", "서준", "하린", "유진", "현우",
         "지민", "태윤", "소율", "건우", "다인", "정호", "경훈", "승민", "은비"]
TITLES = ["장관", "차관", "실장", "대변인", "의원", "대표", "위원장", "회장", "사장", "교수", "청장", "원장"]
ORGS = ["과학기술정보통신부", "산업통상자원부", "기획재정부", "외교부", "국토교통부", "한국은행", "금융위원회",
        "공정거래위원회", "백악관", "국회", "통계청", "한빛전자", "누리자동차", "가람바이오", "한국개발연구원"]
TOPICS = ["전략기술", "반도체", "인공지능", "기준금리", "부동산 대책", "수출 규제", "관세 협상", "전기차 배터리",
          "양자컴퓨터", "저출생 대책", "의료 개혁", "탄소중립", "원전 수출", "공급망", "청년 고용", "디지털 전환",
          "우주항공", "바이오 의약품", "물가 안정", "가계부채"]
PLACES = ["서울", "세종", "부산", "워싱턴", "베이징", "도쿄", "브뤼셀", "대전", "광주", "인천"]
VERBS = ["논의했다", "발표했다", "강조했다", "밝혔다", "합의했다", "점검했다", "검토하기로 했다", "추진한다고 밝혔다"]
PARTICLES_OBJ = ["을", "를"]
LEADS = ["{place}에서 열린 회의에서 {person_subject} {topic}{obj} 두고 {org}와 협력 방안을 {verb}",
         "{org}는 {day}일 {topic} 관련 후속 조치를 {verb}",
         "{person_subject} 이날 기자들과 만나 \"{topic}{josa} 지금이 가장 중요한 시점\"이라고 말했다",
         "한미 양국은 {topic} 분야의 공동 연구를 확대하기로 {verb}",
         "전문가들은 {topic}{josa} 향후 경제 성장의 핵심 변수가 될 것으로 내다봤다",
         "{org} 관계자는 \"{topic} 지원 예산을 늘리는 방안을 검토 중\"이라고 {verb}",
         "{place} 현지에서는 {topic}에 대한 관심이 크게 높아졌다",
         "업계에서는 {topic}{obj} 둘러싼 불확실성이 커지고 있다는 우려가 나왔다"]


#: keywords kept per record, as the analyser keeps its top keywords
KEYWORDS_PER_RECORD = 10


def _no_mentions() -> dict[str, Counter[str]]:
    return {kind: Counter() for kind in ("keyword", "person", "org", "place")}


def _josa(word: str, with_final: str, without_final: str) -> str:
    last = word[-1]
    has_final = "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0
    return with_final if has_final else without_final


class SyntheticNews:
    """A stream of made-up but well-formed Korean article records."""

    def __init__(self, seed: int = 0, start: date = date(2025, 1, 1), days: int = 365,
                 paragraphs: tuple[int, int] = (4, 8)) -> None:
        self.random = random.Random(seed)
        self.start = start
        self.days = days
        self.paragraphs = paragraphs
        #: what the sentences written since the last :meth:`record` name, by entity kind
        self.mentions: dict[str, Counter[str]] = _no_mentions()

    def person(self) -> str:
        r = self.random
        name, org = r.choice(SURNAMES) + r.choice(GIVEN), r.choice(ORGS)
        self._last_person = (name, org)
        return name + " " + org + " " + r.choice(TITLES)

    def sentence(self, topic: str) -> str:
        r = self.random
        person = self.person()
        lead, place, org = r.choice(LEADS), r.choice(PLACES), r.choice(ORGS)
        self._note_mentions(lead, place, org, topic)
        return lead.format(
            place=place, person_subject=person + _josa(person, "은", "는"), topic=topic, org=org,
            verb=r.choice(VERBS), day=r.randint(1, 28), obj=_josa(topic, "을", "를"),
            josa=_josa(topic, "은", "는")) + "."

    def _note_mentions(self, lead: str, place: str, org: str, topic: str) -> None:
        """Count the names a sentence shows (the generator's own ground truth, no analyser)."""
        if "{person_subject}" in lead:
            name, person_org = self._last_person
            self.mentions["person"][name] += 1
            self.mentions["org"][person_org] += 1
        if "{org}" in lead:
            self.mentions["org"][org] += 1
        if "{place}" in lead:
            self.mentions["place"][place] += 1
        for word in topic.split():
            self.mentions["keyword"][word] += 1

    def record_with_entities(self, number: int) -> tuple[dict[str, Any], dict[str, dict[str, float]]]:
        """A record and the enrichment an analyser should find in it: the people (names without
        titles), organisations and places its sentences name with their mention counts, and its
        topic words as keywords weighted by mentions (the same random stream as :meth:`record`)."""
        self.mentions = _no_mentions()
        record = self.record(number)
        entities = {kind: {value: float(n) for value, n in counts.most_common(KEYWORDS_PER_RECORD)}
                    for kind, counts in self.mentions.items()}
        return record, entities

    def record(self, number: int) -> dict[str, Any]:
        r = self.random
        topic, second = r.sample(TOPICS, 2)
        day = self.start + timedelta(days=r.randrange(self.days))
        press = r.choice(PRESSES)
        paragraphs = [" ".join(self.sentence(r.choice((topic, topic, second))) for _ in range(r.randint(3, 5)))
                      for _ in range(r.randint(*self.paragraphs))]
        reporter = r.choice(SURNAMES) + r.choice(GIVEN)
        return {
            "title": f"{topic} {r.choice(['협력 강화', '논의 본격화', '대책 발표', '전망 엇갈려', '속도 낸다'])}"
                     f"…{r.choice(ORGS)} {r.choice(['첫 회의', '후속 조치', '입장 발표', '점검 나서'])}",
            "subtitle": None,
            "published": f"{day.isoformat()}T{r.randint(6, 22):02d}:{r.randint(0, 59):02d}:00+09:00",
            "press": press,
            "reporters": [{"name": reporter, "email": None}],
            "section": r.choice(SECTIONS),
            "body_paragraphs": paragraphs,
            "images": [],
            "url": f"https://news.example/{press}/{number}",
            "canonical_url": None,
            "language": "ko",
            "is_article": True,
            "warnings": [],
        }

    def records(self, count: int) -> Iterator[dict[str, Any]]:
        for number in range(count):
            yield self.record(number)


def store_entities(archive: "Archive", rows: Iterable[tuple[str, dict[str, dict[str, float]]]]) -> int:
    """Write ready-made enrichment (article id, kind → value → weight) for stored articles, in
    one transaction, without running the analyser: how benchmarks give a large synthetic archive
    its facets. Articles not in the archive are skipped; returns how many were written."""
    db = archive.db
    written = 0
    with db:
        for article_id, entities in rows:
            found = db.execute("SELECT rowid FROM articles WHERE id = ?", (article_id,)).fetchone()
            if not found:
                continue
            db.execute("DELETE FROM entities WHERE article = ?", found)
            db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?)",
                           [(found[0], kind, value, weight) for kind, values in entities.items()
                            for value, weight in values.items()])
            written += 1
    return written
