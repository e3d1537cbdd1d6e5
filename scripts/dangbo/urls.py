"""Stable page addresses: readable ASCII slugs kept in a committed registry.

A page keeps its address once published: ``articles/urls.tsv`` maps each
source file to its slug, and a slug never changes when the title or metadata
is corrected. New articles get ``slugify(title)``; when that is taken by
another article, a short hash of the file name is appended, so the result does
not depend on which other articles exist. A curator's ``slug`` wins.

``is_web_address`` is the one test of an outside address (an original article's, a saved
page's canonical link) before the site links to it or cites it.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

from slugify import slugify

_WEB_ADDRESS = re.compile(r"https?://[^\s\"'<>\\]+\Z")


def is_web_address(url: str | None) -> bool:
    """An http(s) address with nothing in it that could leave an HTML attribute."""
    return bool(url) and _WEB_ADDRESS.match(url) is not None

from .errors import BuildError
from .model import Article
from .writer import write_if_changed

SLUG_MAX = 80
REGISTRY_HEADER = "# source_file\tslug — page addresses; commit this file, edit with care\n"


def read_registry(path: Path) -> dict[str, str]:
    """source_file → slug, from the registry (empty when it does not exist)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise BuildError(f"{path.name}: cannot be read ({error})") from None
    registry = {}
    for line in lines:
        if line.startswith("#") or "\t" not in line:
            continue
        source_file, slug = line.split("\t", 1)
        registry[source_file] = slug.strip()
    return registry


def assign_slugs(articles: list[Article], registry: dict[str, str],
                 requested: dict[str, str]) -> tuple[list[Article], dict[str, str]]:
    """Give every article its slug; return them and the updated registry."""
    registry = dict(registry)
    for source_file, slug in requested.items():  # a curator's choice wins
        registry[source_file] = slug
    taken = {slug: source for source, slug in registry.items()}
    if len(taken) != len(registry):
        raise BuildError("urls.tsv: two articles have the same slug; give one a 'slug' in its override")
    for article in articles:
        if article.source_file in registry:
            continue
        slug = _new_slug(article)
        if slug in taken:
            slug = f"{slug}-{hashlib.sha1(article.source_file.encode()).hexdigest()[:6]}"
        registry[article.source_file] = slug
        taken[slug] = article.source_file
    return [dataclasses.replace(a, slug=registry[a.source_file]) for a in articles], registry


def write_registry(path: Path, registry: dict[str, str]) -> None:
    """Save the registry sorted by file name (entries of deleted files are kept)."""
    lines = [REGISTRY_HEADER] + [f"{source}\t{slug}\n" for source, slug in sorted(registry.items())]
    write_if_changed(path, "".join(lines).encode("utf-8"))


def _new_slug(article: Article) -> str:
    slug = slugify(article.title, max_length=SLUG_MAX, word_boundary=True, save_order=True)
    return slug or slugify(Path(article.source_file).stem) or "bai-viet"
