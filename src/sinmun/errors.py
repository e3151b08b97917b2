"""Errors sinmun raises for input it cannot treat as a page."""


class SinmunError(Exception):
    """Base class: a clear, one-line reason why a page could not be extracted."""

    reason = "error"


class EmptyInputError(SinmunError):
    reason = "empty"


class NotHtmlError(SinmunError):
    """Binary or other non-text input (an image, an archive, a PDF)."""

    reason = "not-html"


class DecodeError(SinmunError):
    reason = "decode"
