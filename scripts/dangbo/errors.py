"""Errors of the build: a broken input file never stops the rest of the corpus."""
from __future__ import annotations


class BuildError(Exception):
    """Anything that stops a build step."""


class ArticleError(BuildError):
    """An input file that cannot become a page; the message starts with its name."""

    def __init__(self, source_file: str, reason: str):
        super().__init__(f"{source_file}: {reason}")
        self.source_file = source_file
        self.reason = reason


class OverrideError(ArticleError):
    """A curator's override file that cannot be applied."""
