"""Responses that are walls, not pages: bot checks, JavaScript challenges, login pages.

They are reported with their own reason and never stored as articles.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

BOT_MARKERS = re.compile(
    r"cf-chl|challenge-platform|cf_chl_opt|just a moment\.\.\.|attention required|checking your browser"
    r"|captcha|are you a robot|unusual traffic|access denied|bot detection|distil_r_captcha|_incapsula_"
    r"|perimeterx|px-captcha|자동입력 방지|비정상적인 접근|자동화된 (?:접근|요청)|로봇이 아닙니다", re.I)
JS_MARKERS = re.compile(r"enable javascript|javascript (?:is )?(?:required|disabled)"
                        r"|자바스크립트를 (?:활성화|켜)", re.I)
LOGIN_HOSTS = ("nid.naver.com", "accounts.kakao.com", "logins.daum.net", "accounts.google.com")
LOGIN_PATH = re.compile(r"/(?:login|signin|sign-in|member/login|auth/login)(?:[./?]|$)", re.I)
PASSWORD_INPUT = re.compile(r"<input[^>]+type=[\"']?password", re.I)
LOGIN_WORDS = re.compile(r"로그인|log ?in|sign ?in", re.I)
SMALL_PAGE = 6000   # challenge and login pages are short; an article that mentions "captcha" is not


def login_redirect(location: str) -> bool:
    """A redirect to a login page (the article is behind a login)."""
    parts = urlsplit(location)
    return (parts.hostname or "").lower() in LOGIN_HOSTS or bool(LOGIN_PATH.search(parts.path))


def wall_reason(status: int, text: str) -> str | None:
    """``http-403-bot-wall``, ``bot-wall``, ``js-challenge``, ``login-wall`` or None for a real page."""
    head = text[:20000]
    if status in (403, 429, 503) and (BOT_MARKERS.search(head) or JS_MARKERS.search(head)):
        return f"http-{status}-bot-wall"
    if not 200 <= status < 300 or len(_visible(head)) > SMALL_PAGE:
        return None
    if BOT_MARKERS.search(head):
        return "bot-wall"
    if JS_MARKERS.search(head) and "<p" not in head.lower():
        return "js-challenge"
    if PASSWORD_INPUT.search(head) and LOGIN_WORDS.search(head):
        return "login-wall"
    return None


_TAGS = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]+>", re.S | re.I)


def _visible(html: str) -> str:
    return " ".join(_TAGS.sub(" ", html).split())
