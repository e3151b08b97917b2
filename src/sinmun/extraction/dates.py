"""Korean news date and time expressions to ISO 8601 in KST."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, UTC

from ..errors import SinmunError
from .bylines import nfc

KST = timezone(timedelta(hours=9), "KST")


class ReferenceDateError(SinmunError):
    """A ``reference_date`` that names no day (``''``, ``'0504-01-01'``, ``'yesterday'``)."""

    reason = "reference-date"

# (AM/PM written before the time, or after it as English does: "02:22 PM")
_TIME = (r"(?:\s*[(\[]?\s*(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<hour>\d{1,2})\s*(?::|시)\s*(?P<minute>\d{1,2})"
         r"(?:\s*(?::|분)\s*(?P<second>\d{1,2})(?:\.\d+)?)?(?:\s*초)?(?:\s*(?P<ampm_after>[AaPp][Mm])(?![A-Za-z]))?)?")
#: the weekday after a day: "(목)", "(목요일)", "목요일"
_WEEKDAY = r"(?:\s*\([월화수목금토일](?:요일)?\)|\s*[월화수목금토일]요일)?"
_ZONE = r"(?:\s*(?P<zone>Z|[+-]\d{2}:?\d{2}|KST|GMT|UTC)(?![A-Za-z]))?"
_FULL = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*(?:[-./]|년)\s*(?P<month>\d{1,2})\s*(?:[-./]|월)\s*(?P<day>\d{1,2})\s*(?:일|\.)?"
    + _WEEKDAY + r"(?:T|\s|,)*" + _TIME + _ZONE
)
_COMPACT = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)"
                      r"(?:(?P<hour>[0-2]\d)(?P<minute>[0-5]\d)(?P<second>[0-5]\d)?)?(?!\d)")
# "18-08-25 15:24", "18.08.25": the two-digit year of older table layouts (three parts, none longer).
_SHORT_YEAR = re.compile(r"(?<![\dA-Za-z.:/-])(?P<year>\d{2})\s*[-./]\s*(?P<month>[01]?\d)\s*[-./]\s*(?P<day>[0-3]?\d)"
                         r"(?![\d:]|\s*[-./]\s*\d)" + _TIME)
#: an English month's name, short or long (``Sep``, ``Sept.``, ``September``), as a regex (matched without case)
_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
               r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?")
_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
#: between an English date and its time: "Sep 14, 2025 - 08:40", "14 September 2025, 8:40 pm", "… at 8:40"
_EN_TIME_GAP = r"(?:\s*(?:[-,|@·]|(?i:at)(?![a-z])))*"


def _english_days(groups: bool) -> tuple[str, str]:
    """The two ways an English day is written, month first (``Sep 14, 2025``, ``September 14th 2025``) and day
    first (``14 Sept. 2025``), as regexes: with the named groups ``month``, ``day`` and ``year``, or without."""
    def part(name: str, pattern: str) -> str:
        return f"(?P<{name}>{pattern})" if groups else f"(?:{pattern})"
    month, year = part("month", "(?i:" + _MONTH_NAME + ")"), part("year", r"(?:19|20)\d{2}")
    day = part("day", r"\d{1,2}") + r"(?i:st|nd|rd|th)?"
    return month + r"\s*" + day + r"(?!\d),?\s*" + year, day + r"\s+" + month + r",?\s*" + year


#: an English day without its time (``Sep 14, 2025``, ``14 Sept. 2025``), as a regex
ENGLISH_DAY = "(?:" + "|".join(_english_days(groups=False)) + ")"
# An English page's date (and a Korean outlet's English edition's), with its time: "Sep 14, 2025", "September 14th
# 2025 08:40", "14 Sept. 2025"; not inside a word or a number
_EN_DATES = tuple(re.compile(lead + day + r"(?!\d)" + _EN_TIME_GAP + _TIME + _ZONE)
                  for lead, day in zip((r"(?<![A-Za-z])", r"(?<![\d.:/-])"), _english_days(groups=True)))
_NO_YEAR = re.compile(r"(?<![\d./-])(?P<month>[01]?\d)\s*(?:[-./]|월)\s*(?P<day>[0-3]?\d)(?:\s*일)?(?![\d.])" + _TIME)
_PATH_DATE = re.compile(r"/(?P<year>20\d{2})(?P<month>[01]\d)/?(?P<day>[0-3]\d)/")

_DATE_TOKEN = (r"(?:\d{1,4}(?:\s*[.\-/년월]\s*\d{1,2}){1,2}\s*[일.]?" + _WEEKDAY
               + r"|" + ENGLISH_DAY + r"(?!\d)" + _EN_TIME_GAP + r")"
               r"(?:\s*[(\[]?\s*(?:오전|오후|AM|PM)?\s*\d{1,2}\s*[:시]\s*\d{1,2}(?:\s*[:분]\s*\d{2}(?:\s*초)?|\s*분)?"
               r"(?:\s*[AaPp][Mm](?![A-Za-z]))?[)\]]?)?")
#: a date with its time as the page writes it (what follows a 입력/수정 label)
DATE_TOKEN = _DATE_TOKEN
PUBLISHED_LABELS = ("기사입력", "입력", "등록", "작성일", "작성", "게재", "발행", "송고", "승인", "기사전송", "날짜",
                    "Published", "posted")
UPDATED_LABELS = ("최종수정", "기사수정", "수정", "업데이트", "갱신", "Updated", "modified")


@dataclass(frozen=True)
class When:
    """A parsed moment: the day, and the time when the text gave one."""

    value: datetime
    has_time: bool
    year_inferred: bool = False

    def iso(self) -> str:
        if not self.has_time:
            return self.value.date().isoformat()
        return self.value.astimezone(KST).isoformat()


def _build(year: int, month: int, day: int, hour: str | None, minute: str | None, second: str | None,
           ampm: str | None = None, zone: str | None = None) -> When | None:
    try:
        if hour is None or minute is None:
            return When(datetime(year, month, day, tzinfo=KST), has_time=False)
        h, m, s = int(hour), int(minute), int(second or 0)
        if ampm in ("오후", "PM", "pm") and h < 12:
            h += 12
        elif ampm in ("오전", "AM", "am") and h == 12:
            h = 0
        tz = KST
        if zone and zone not in ("KST",):
            tz = UTC if zone in ("Z", "GMT", "UTC") else _offset(zone)
        return When(datetime(year, month, day, h, m, s, tzinfo=tz), has_time=True)
    except ValueError:
        return None


@lru_cache(maxsize=64)
def _offset(zone: str) -> timezone:
    """The fixed offset a zone text (``+09:00``, ``-0500``) names; the few a corpus uses are made once."""
    sign = -1 if zone.startswith("-") else 1
    digits = zone[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def parse_date(text: str | None, reference: date | None = None, *, nearest: bool = False) -> When | None:
    """Parse the first date in ``text``.

    Full dates (``2025.08.05. 오전 10:32``, ``2025-08-05T10:32:00+09:00``, ``2025년 8월 5일``,
    ``20250805103200``) come first, then dates of older table layouts with a two-digit year
    (``18-08-25 15:24``: 2018), then English ones (``Sep 14, 2025 - 08:40``, ``14 September 2025``,
    the time only with its zone); a date without a year (``08-05``) takes the year of
    ``reference`` and is marked ``year_inferred``. A reference is a fetch date, after the
    publication (a December date read in January is last year's), unless ``nearest``: then it
    is merely close (a date from the page's URLs) and the year nearest to it wins.
    """
    if not text:
        return None
    text = text.strip()
    if text.isdigit() and len(text) in (10, 13):
        return _from_epoch(int(text))
    for pattern in (_FULL, _COMPACT, _SHORT_YEAR):
        match = pattern.search(text)
        if match:
            return _from_match(match)
    for pattern in _EN_DATES:
        match = pattern.search(text)
        if match:
            return _from_english(match)
    if reference is not None:
        return _without_year(text, reference, nearest)
    return None


def _from_match(match: re.Match[str]) -> When | None:
    g = match.groupdict()
    year = int(g["year"])
    if year < 100:  # a two-digit year of the Korean web (1990s on)
        year += 1900 if year >= 90 else 2000
    month = g["month"]
    number = int(month) if month.isdigit() else _MONTH_NUMBERS[month[:3].lower()]
    return _build(year, number, int(g["day"]), g["hour"], g["minute"], g.get("second"),
                  g.get("ampm") or _upper(g.get("ampm_after")), g.get("zone"))


def _from_english(match: re.Match[str]) -> When | None:
    """An English date: its time only with the zone it is written in (an English page's clock is any zone's;
    ``Sep 14, 2025 5:19 PM`` is no Korean time), else its day."""
    found = _from_match(match)
    if found is None or match["zone"] is not None or not found.has_time:
        return found
    return When(found.value.replace(hour=0, minute=0, second=0), has_time=False)


def _upper(text: str | None) -> str | None:
    return text.upper() if text else None


def _without_year(text: str, reference: date, nearest: bool) -> When | None:
    """A date written without a year (``08-05``), in the year that ``reference`` makes likely."""
    match = _NO_YEAR.search(text)
    if not match:
        return None
    g = match.groupdict()
    years = ((reference.year - 1, reference.year, reference.year + 1) if nearest
             else (reference.year, reference.year - 1))
    candidates = [w for y in years
                  if (w := _build(y, int(g["month"]), int(g["day"]), g["hour"], g["minute"], g["second"],
                                    g["ampm"] or _upper(g["ampm_after"])))]
    if nearest:
        candidates.sort(key=lambda w: abs((w.value.date() - reference).days))
    else:  # the first year that does not put the date well after the fetch
        candidates = [w for w in candidates if (w.value.date() - reference).days <= 31] or candidates[-1:]
    if not candidates:
        return None
    return When(candidates[0].value, candidates[0].has_time, year_inferred=True)


def _from_epoch(number: int) -> When | None:
    seconds = number / 1000 if number > 10**11 else number
    try:
        return When(datetime.fromtimestamp(int(seconds), tz=KST), has_time=True)
    except (OverflowError, OSError, ValueError):
        return None


#: a date an article URL is filed under: ``/2025/09/14/``, ``/2025-09-14/``, ``/20250914/`` or only its month
#: (``/2025/09/slug``), the path's segments ending at a slash, the path's end or its query
_URL_DAY = re.compile(r"/(?P<year>20\d{2})(?P<sep>[-/]?)(?P<month>0[1-9]|1[0-2])"
                      r"(?:(?P=sep)(?P<day>0[1-9]|[12]\d|3[01]))?(?=[/?#]|$)")
#: an article id led by its date (``20250914000123``, ``AKR20250914012300001``): eight digits of a date and
#: three more at least
_ID_DAY = re.compile(r"(?<!\d)(?P<year>20\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])\d{3,}(?!\d)")


def date_of_url(url: str | None) -> date | None:
    """The day an article's URL is filed under (its path's date, else a date-led article id); the 15th of
    the month for a path that names only the month. None for a URL with no such date."""
    if not url:
        return None
    match = _URL_DAY.search(url) or _ID_DAY.search(url)
    if match is None:
        return None
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"] or 15))
    except ValueError:  # the 31st of a short month
        return None


def dates_in_paths(text: str) -> list[date]:
    """Dates written into URL paths such as ``/news/202508/05/`` (image and article URLs)."""
    found = []
    for match in _PATH_DATE.finditer(text):
        try:
            found.append(date(int(match["year"]), int(match["month"]), int(match["day"])))
        except ValueError:
            continue
    return found


# Between a label and its value: "입력 : ", "기사입력 :[ ", "등록일 | ", "입력시간 ㅣ ", a bracketed label "[등록일] ".
_LABEL_GAP = r"(?:\s?(?:일시|시간|일자)|일)?\s*[\])】]?\s*[:：|ㅣ]?\s*[\[(【]?\s*"
#: ASCII letters that case-insensitive matching pairs with a character other than their own two cases
#: (``ı`` with ``i``, ``ſ`` with ``s``, the Kelvin sign with ``k``)
_FOLDS_WIDER = frozenset("iksIKS")


#: the labels a print edition's day also takes, after 지면 (the page's own publication is the online one)
_PRINT_LED_LABELS = ("게재", "발행")


def _labelled(label: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of one label and its date, matched without regard to case; the leftmost match of
    any of them is the label's.

    A label led by a Latin letter is two patterns, one for each case of that letter, each case-insensitive
    after it: the regex engine skips ahead to a literal first character, but under ``re.I`` a cased one
    is no literal, and every position of a long header would be tried."""
    rest = re.escape(label[1:]) + _LABEL_GAP + r"(?P<value>" + _DATE_TOKEN + ")"
    first = label[0]
    if label in _PRINT_LED_LABELS:  # "지면 게재일 2025.11.21 | 온라인 게재일 2025.11.20": the print edition's day
        rest = r"(?<!지면.)(?<!지면\s.)" + rest
    if first.isascii() and first.isalpha() and first not in _FOLDS_WIDER:
        return tuple(re.compile(f"{case}(?i:{rest})") for case in (first.lower(), first.upper()))
    return (re.compile(re.escape(first) + rest, re.I),)


def _leftmost(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    found = [match for pattern in patterns if (match := pattern.search(text))]
    return min(found, key=lambda match: match.start()) if found else None


_LABELLED = {key: [_labelled(label) for label in labels]
             for key, labels in (("updated", UPDATED_LABELS), ("published", PUBLISHED_LABELS))}


def labelled_dates(text: str) -> dict[str, str]:
    """Find ``입력 …``/``수정 …`` style labelled date strings; returns {'published': s, 'updated': s}.

    Labels are tried in the order of :data:`PUBLISHED_LABELS` / :data:`UPDATED_LABELS`; older
    table layouts write them as ``기사입력 :[ 2018-08-25 15:24 ]``, ``등록일 | 18-08-25 15:24``."""
    out: dict[str, str] = {}
    text = nfc(" ".join(text.split()))
    for key, labels in _LABELLED.items():
        for patterns, label in zip(labels, _LABELS[key]):
            match = _leftmost(patterns, text)
            if match:
                label_end = match.start() + len(label)
                before = _written_before(text, match.start(), label_end)
                out[key] = (before or match["value"]).strip()
                if before and key == "published":  # labels after their dates: so is the update's
                    _update_written_before(text, label_end, out)
                break
    _read_labels_after_their_dates(text, out)
    return out


def _read_labels_after_their_dates(text: str, out: dict[str, str]) -> None:
    """The dates of the lines that the label-first reading of :func:`labelled_dates` misses or misreads, all of
    which write each label after its date."""
    if "published" not in out and _LABEL_THEN_SLASH.search(text) and (after := _PUBLISHED_THEN_SLASH.search(text)):
        out["published"] = after["value"].strip()  # "2025.04.19 09:05 입력 / 2025.04.19 16:40 수정"
        _update_written_before(text[after.end():], 0, out)  # (read after the slash: "입력/2025.04.19 16:40 수정")
    if "published" not in out and "송고" in text and (sent := _SENT_AFTER.search(text)):
        out["published"] = sent["value"].strip()  # wire copy writes the label last: "2017/10/11 09:41 송고"
    if "updated" not in out and ("수정" in text or "업데이트" in text):
        _read_unseparated_labels_after_dates(text, out)
    if "published" not in out:
        _read_published_after_its_date(text, out)
    if "published" not in out and "지면" in text and (printed := _PRINT_DAY.search(text)):
        out["published"] = printed["value"].strip()  # only the print edition's day: the best there is


#: the print edition's day (``지면 게재일 2025.11.21``)
_PRINT_DAY = re.compile(r"지면\s?(?:" + "|".join(_PRINT_LED_LABELS) + ")" + _LABEL_GAP
                        + r"(?P<value>" + _DATE_TOKEN + ")")
_PUBLISHED_AFTER_WORDS = ("기사입력", "입력", "등록", "게재", "발행")


def _read_published_after_its_date(text: str, out: dict[str, str]) -> None:
    """The publication date of a line that writes its label after the date and no date after the label
    (``2025.11.20 10:12 입력``, ``최종수정 2025.11.21 09:00 | 2025.11.20 10:12 입력``); a label that a word goes
    on from (``입력된``) or a date follows is none. Found by ``str.find``, as above."""
    for word in _PUBLISHED_AFTER_WORDS:
        at = text.find(word)
        while at >= 0:
            if _NO_DATE_AFTER.match(text, at + len(word)) and (
                    before := _DATE_AT_END.search(text, max(0, at - _DATE_BEFORE_CHARS), at)):
                out["published"] = before["value"].strip()
                return
            at = text.find(word, at + 1)


#: what follows an update label written after its date on a line of such labels: no word, no date of its own
_NO_DATE_AFTER = re.compile(r"(?![가-힣]|\s*:?\s*\d)")
#: a publication label after its date, glued to it or not: "2024.05.01 10:20입력"
_PUBLISHED_AFTER_ITS_DATE = re.compile(r"(?<![\d.:/-])(?P<value>" + _DATE_TOKEN
                                       + r")\s*(?:기사입력|입력|등록|게재|발행)")


def _read_unseparated_labels_after_dates(text: str, out: dict[str, str]) -> None:
    """Both dates of a line that writes each label after its date with no separator between the two
    (``2024.05.01 10:20입력 2024.05.01 11:00수정``): read label first, the update's date was taken for the
    publication's and the update label had none. Only an update label with a date right before it and none after
    it, and a publication label after its own date shortly before, make such a line. The labels are found by
    ``str.find`` (a pattern that opens with a date would be tried at every digit of the text)."""
    for word in ("수정", "업데이트"):
        at = text.find(word)
        while at >= 0:
            start = at - 2 if text[max(0, at - 2):at] in ("최종", "기사") else at
            if start > 0 and _NO_DATE_AFTER.match(text, at + len(word)):
                update = _DATE_AT_END.search(text, max(0, start - _DATE_BEFORE_CHARS), start)
                published = update and _PUBLISHED_AFTER_ITS_DATE.search(
                    text, max(0, update.start() - 2 * _DATE_BEFORE_CHARS), update.start())
                if update and published:
                    out["published"], out["updated"] = published["value"].strip(), update["value"].strip()
                    return
            at = text.find(word, at + 1)


_LABELS = {"updated": UPDATED_LABELS, "published": PUBLISHED_LABELS}
#: a date right before a label (the label written after its value): "2024.03.05 14:22 입력 | 2024.03.05 15:00 수정"
_DATE_AT_END = re.compile(r"(?<![\d.:/-])(?P<value>" + _DATE_TOKEN + r")\s*$")
#: what follows a label written after its date: a separator, or the end of the text
_AFTER_ITS_DATE = re.compile(r"(?!\s?(?:일시|시간|일자))\s*(?:[|ㅣ/]|$)")
#: a date before a label is read this far back
_DATE_BEFORE_CHARS = 40


def _written_before(text: str, start: int, end: int) -> str | None:
    """The date written right before the label at ``start:end`` when the label follows its date, a separator or
    the text's end after it (``2024.03.05 14:22 입력 | 2024.03.05 15:00 수정``: 입력's date is the first); None for
    a label before its date (``입력 2024.03.05 14:22 수정 2024.03.05 15:00``)."""
    if start == 0 or not text[start - 1].isspace() or not _AFTER_ITS_DATE.match(text, end):
        return None
    before = _DATE_AT_END.search(text, max(0, start - _DATE_BEFORE_CHARS), start)
    return before["value"] if before else None


def _update_written_before(text: str, start: int, out: dict[str, str]) -> None:
    """On a line that writes its labels after their dates, the update's: the date before an update label soon
    after ``start`` (``… 입력 | 2024.03.05 15:00 수정``), else none (an update label's date read forward is
    another's)."""
    update = _UPDATE_AFTER_ITS_DATE.search(text, start, start + 2 * _DATE_BEFORE_CHARS)
    if update:
        out["updated"] = update["value"].strip()
    else:
        out.pop("updated", None)


#: a publication label after its date and before a slash, the update's date next (the label's own pattern reads no
#: slash after it): "2025.04.19 09:05 입력 / 2025.04.19 16:40 업데이트"
_PUBLISHED_THEN_SLASH = re.compile(r"(?<![\d.:/-])(?P<value>" + _DATE_TOKEN
                                   + r")\s*(?:기사입력|입력|등록|게재|발행|송고)\s*/(?=\s*\d)")
#: the label and slash of :data:`_PUBLISHED_THEN_SLASH` alone: looked for first, as the whole pattern tries a date at
#: every digit of the text
_LABEL_THEN_SLASH = re.compile(r"(?:입력|등록|게재|발행|송고)\s*/")
_UPDATE_AFTER_ITS_DATE = re.compile(r"(?<![\d.:/-])(?P<value>" + _DATE_TOKEN
                                    + r")\s*(?:최종수정|기사수정|수정|업데이트)")


#: a wire story's sending time, the label after the date: "2017/10/11 09:41 송고" (not "송고시간", a label first)
_SENT_AFTER = re.compile(r"(?<![\d.:/-])(?P<value>" + _DATE_TOKEN + r")\s*송고(?!\s?(?:일시|시간|일자))")


def reference_day(value: object) -> date | None:
    """A caller's ``reference_date`` (a date, a datetime or a ``YYYY-MM-DD`` string) as a date.

    Raises :class:`ReferenceDateError` with a one-line reason for anything else.
    """
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, str):
        raise ReferenceDateError(f"reference_date must be a date or a 'YYYY-MM-DD' string, not {type(value).__name__}")
    when = parse_date(value[:200])
    if when is None:
        raise ReferenceDateError(f"reference_date is not a date between 1900 and 2099: {value[:40]!r}")
    return when.value.date()


# Dates that only a page's scripts carry (``var article = {"pubDate": "2024-03-05 10:00:00"}``,
# ``dataLayer.push({'articlePublishDate': …})``, a JSON payload's ``publishedAt``): the keys by how surely
# they name the article's publication, the surest first.
_SCRIPT_DATE_KEYS = (
    frozenset(("datepublished", "publishedat", "publisheddate", "publishdate", "publishedtime", "publishtime",
               "pubdate", "firstpublishedat", "firstpublisheddate", "firstpublishdate", "articlepublishdate",
               "articlepublishedtime", "articlepublishtime", "articlepubdate", "articledate", "newsdate")),
    frozenset(("inputdate", "regdate", "registdate", "registerdate", "insertdate", "servicedate", "senddate",
               "writedate", "articleregdate", "articleinputdate")),
    frozenset(("createdat", "createdate", "createddate")),
)
#: (a key is a whole run of letters, taken possessively: a search that tried every shorter key at every letter of
#: a script's identifiers cost more than the rest of the date sources)
_SCRIPT_PAIR = re.compile(r"""(?<![A-Za-z_])["']?(?P<key>[A-Za-z_]{6,30}+)["']?\s*[:=]\s*"""
                          r"""(?:["'](?P<text>[^"'\\\n]{8,40})["']|(?P<epoch>\d{13}|\d{10})\b)""")
#: a script is read this far for dates, and at most this many scripts
MAX_SCRIPT_CHARS = 200_000
MAX_SCRIPTS = 60
#: the days one publication key may give on an article's page (published, and a day later in UTC)
MAX_SCRIPT_DAYS = 2
#: what follows a pair's separator (:data:`_SCRIPT_PAIR`'s ``[:=]``): its value
_SCRIPT_VALUE = r"""(?=\s*(?:["'][^"'\\\n]{8,40}["']|(?:\d{13}|\d{10})\b))"""
#: the separators, one pattern for each (a pattern that starts with one character is a quick scan for it; the
#: pair's own pattern starts with a look behind, and the regex engine tries it at every character)
_SCRIPT_SEPARATORS = (re.compile(":" + _SCRIPT_VALUE), re.compile("=" + _SCRIPT_VALUE))
#: the key side of a pair, ending at its separator: where the pair starts
_KEY_BEFORE = re.compile(r"""(?<![A-Za-z_])["']?[A-Za-z_]{6,30}+["']?\s*\Z""")
_KEY_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
_QUOTES = ("'", '"')
#: a pair's key and the quote before it take at most this many characters before the quote after it
_MAX_KEY_SPAN = 31


def script_pairs(script: str) -> Iterator[re.Match[str]]:
    """``_SCRIPT_PAIR.finditer(script, 0, MAX_SCRIPT_CHARS)``, found from the separators.

    A pair's separator is the only ``:`` or ``=`` in it before its value, and its key ends right before it
    (behind a quote and white space), so each separator names the one place where a pair may start; the pair
    is tried there, and the separators inside a pair already found are passed over (as ``finditer`` does)."""
    end = 0
    for at in sorted(m.start() for pattern in _SCRIPT_SEPARATORS
                     for m in pattern.finditer(script, 0, MAX_SCRIPT_CHARS)):
        if at < end:
            continue
        key_end = at
        while key_end > 0 and script[key_end - 1].isspace():
            key_end -= 1
        if key_end > 0 and script[key_end - 1] in _QUOTES:
            key_end -= 1
        if key_end == 0 or script[key_end - 1] not in _KEY_LETTERS:
            continue
        key = _KEY_BEFORE.search(script, max(end, key_end - _MAX_KEY_SPAN), at)
        if key is None:
            continue
        for start in (key.start(), key.start() + 1):  # with the quote before the key, or without it
            match = _SCRIPT_PAIR.match(script, start, MAX_SCRIPT_CHARS)
            if match is not None:
                yield match
                end = match.end()
                break


def script_published(scripts: list[str]) -> str | None:
    """The publication date a page's scripts give under a publication key, the surest key first (in
    document order among equals); only values that are a full date (with a year) count. A key that gives
    more than two days is a list's (the teasers of a section page), not the article's: it dates nothing."""
    first: dict[int, str] = {}  # key tier -> its first value
    days: dict[int, set[date]] = {}  # key tier -> the days its values give
    for script in scripts[:MAX_SCRIPTS]:
        for match in script_pairs(script):
            key = match["key"].replace("_", "").lower()
            tier = next((i for i, keys in enumerate(_SCRIPT_DATE_KEYS) if key in keys), None)
            value = match["text"] or match["epoch"]
            if tier is not None and (when := parse_date(value)) is not None:
                first.setdefault(tier, value)
                days.setdefault(tier, set()).add(when.value.date())
    if not first:
        return None
    surest = min(first)
    return first[surest] if len(days[surest]) <= MAX_SCRIPT_DAYS else None
