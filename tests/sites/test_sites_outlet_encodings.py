"""Older outlet layouts served as EUC-KR (issue 10 §2): their fixture pages are EUC-KR bytes that say so.

경향신문 (news.khan.co.kr), 국민일보 (news.kmib.co.kr) and 서울신문 (newsView.php) served EUC-KR pages in
2019 (a public C# news downloader of that year decodes them so); the fixtures are written in those
bytes, and the records (checked field by field in ``test_fixtures.py``) come out of them unchanged.
"""
from __future__ import annotations

import pytest

import sinmun

from conftest import FIXTURES

EUC_KR_PAGES = [("khan/khan-2016-art-cont-euckr.html", "khan/2016", "노후 하수관 정비"),
                ("kmib/kmib-2019-nwsti-euckr.html", "kmib/2019", "농촌 빈집"),
                ("seoul/seoul-2017-atic-txt-euckr.html", "seoul/2017", "무단투기 감시 카메라")]


@pytest.mark.parametrize("name,site,phrase", EUC_KR_PAGES)
def test_euc_kr_fixture_is_euc_kr_bytes_read_by_its_layout(name: str, site: str, phrase: str) -> None:
    data = (FIXTURES / name).read_bytes()
    assert b"charset=euc-kr" in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert phrase in data.decode("euc-kr")
    article = sinmun.extract(data)
    assert article.site == site
    assert phrase in article.title
