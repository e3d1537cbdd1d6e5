"""The seeds against the gold answers (tests/fixtures/seeds.gold.yaml, a copy of shared/gold)."""
from pathlib import Path

import pytest
import yaml

from conftest import ARTICLES, FIXTURES
from dangbo.build import load_article

GOLD = yaml.safe_load((FIXTURES / "seeds.gold.yaml").read_text(encoding="utf-8"))
SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.yaml"


@pytest.mark.parametrize("source_file", sorted(GOLD))
def test_seed_matches_gold(source_file):
    article = load_article(ARTICLES / source_file, None)
    expected = GOLD[source_file]
    for field, value in expected.items():
        actual = getattr(article, field)
        if field == "speakers":
            actual = [s.name for s in actual]
        assert actual == value, f"{source_file}: {field}"


def test_gold_copy_is_current():
    if not SHARED_GOLD.exists():
        pytest.skip("shared/gold is not beside this checkout")
    assert SHARED_GOLD.read_text(encoding="utf-8") == (FIXTURES / "seeds.gold.yaml").read_text(encoding="utf-8")


def test_seeds_are_the_first_five_articles():
    names = sorted(p.name for p in ARTICLES.glob("*.txt"))
    assert names[:5] == sorted(GOLD)


OWN_GOLD = yaml.safe_load((FIXTURES / "articles.gold.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("source_file", sorted(OWN_GOLD))
def test_harder_fixtures_match_their_gold(source_file):
    article = load_article(FIXTURES / "articles" / source_file, None)
    for field, value in OWN_GOLD[source_file].items():
        actual = getattr(article, field)
        if field == "speakers":
            actual = [s.name for s in actual]
        assert actual == value, f"{source_file}: {field}"
