"""vocab.py's 2025 merger table checked against the vietnam-provinces data set (GPL-3.0, not imported).

The wheel is downloaded from PyPI and read as data, so the project's own code does not
depend on it (see README, "Province data"). Without network access the check is skipped.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import zipfile

import pytest

from dangbo.normalize import fold
from dangbo.vocab import ALL_PROVINCES, CURRENT_PROVINCES, LEGACY_PROVINCES, MERGERS_2025, PROVINCE_NOW

WHEEL = "vietnam_provinces-2026.9.0-py3-none-any.whl"
WHEEL_SHA256 = "b5f3540a98937d38b9bebcbdb792fa4f5b9712737d41b05c7254beb2308ebcd1"
# The package's legacy name for Thừa Thiên Huế is the city's.
RENAMED = {"hue": "thua thien hue"}


def test_table_shape():
    assert len(CURRENT_PROVINCES) == 34 and len(LEGACY_PROVINCES) == 63
    assert all(PROVINCE_NOW[old] == new for new, olds in MERGERS_2025.items() for old in olds)
    assert set(ALL_PROVINCES) == set(CURRENT_PROVINCES) | set(LEGACY_PROVINCES)


def _short(name: str) -> str:
    name = re.sub(r"^(Tỉnh|Thành phố|TP\.?)\s+", "", name.strip())
    key = fold(name).replace(" - ", " ").replace("-", " ")
    return RENAMED.get(key, key)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "download", "vietnam-provinces==2026.9.0", "--no-deps",
                             "--only-binary=:all:", "--python-version", "3.12", "-d", str(folder), "--quiet"],
                            capture_output=True, text=True, timeout=300)
    path = folder / WHEEL
    if result.returncode != 0 or not path.exists():
        pytest.skip(f"vietnam-provinces could not be downloaded from PyPI: {result.stderr.strip()[-200:]}")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == WHEEL_SHA256
    return zipfile.ZipFile(path)


def test_mergers_agree_with_vietnam_provinces(wheel):
    new_names = {p["code"]: _short(p["name"]) for p in json.loads(wheel.read("vietnam_provinces/data/nested-divisions.json"))}
    legacy = wheel.read("vietnam_provinces/legacy/_lookup.py").decode("utf-8")
    old_names = {int(code): _short(name) for code, name in re.findall(r"\n    (\d+): Province\(\s*'([^']+)'", legacy)}
    conversion = wheel.read("vietnam_provinces/_province_conversion_2025.py").decode("utf-8")
    theirs = {}
    for line in conversion.splitlines():
        if match := re.match(r"\s+(\d+): OldToNewEntry\(", line):
            news = re.findall(r"NewProvinceRef\((\d+)\)", line)
            theirs[old_names[int(match.group(1))]] = {new_names[int(n)] for n in news}
    ours = {_short(old): _short(new) for old, new in PROVINCE_NOW.items()}
    assert set(ours) == set(theirs)  # the same 63 legacy provinces
    assert set(ours.values()) == set(new_names.values())  # the same 34
    disagreements = {old: (new, sorted(theirs[old])) for old, new in ours.items() if new not in theirs[old]}
    assert not disagreements
