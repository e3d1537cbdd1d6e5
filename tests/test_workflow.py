"""The GitHub Actions workflow: zizmor finds nothing, each job has only the rights it uses, the cache is kept."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
ZIZMOR = Path(sys.executable).with_name("zizmor")


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


@pytest.mark.parametrize("persona", ["regular", "pedantic"])
def test_zizmor_finds_nothing(persona):
    zizmor = str(ZIZMOR) if ZIZMOR.exists() else shutil.which("zizmor")
    assert zizmor, "zizmor is in requirements.lock: make setup installs it"
    version = subprocess.run([zizmor, "--version"], capture_output=True, text=True).stdout
    assert "1.32.0" in version
    result = subprocess.run([zizmor, "--offline", "--persona", persona, "--no-progress", str(WORKFLOW)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_zizmor_fails_on_what_it_should(tmp_path):
    """The check above can fail: the workflow as it was before (a tag, rights for every job) is refused."""
    zizmor = str(ZIZMOR) if ZIZMOR.exists() else shutil.which("zizmor")
    bad = tmp_path / "bad.yml"
    bad.write_text("on: pull_request\npermissions:\n  pages: write\njobs:\n  t:\n    runs-on: ubuntu-latest\n"
                   "    steps:\n      - uses: actions/checkout@v4\n      - run: echo ${{ github.head_ref }}\n",
                   encoding="utf-8")
    result = subprocess.run([zizmor, "--offline", "--no-progress", str(bad)], capture_output=True, text=True)
    assert result.returncode != 0
    for audit in ("unpinned-uses", "artipacked", "template-injection"):
        assert audit in result.stdout + result.stderr, audit


def test_each_job_has_only_the_rights_it_uses(workflow):
    assert workflow["permissions"] == {}
    jobs = workflow["jobs"]
    assert jobs["test"]["permissions"] == {"contents": "read"}
    assert jobs["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert "github.event_name != 'pull_request'" in jobs["deploy"]["if"]  # a pull request never deploys


def test_actions_are_pinned_and_checkouts_keep_no_credentials(workflow):
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                _, ref = step["uses"].split("@")
                assert len(ref) == 40 and all(c in "0123456789abcdef" for c in ref), step["uses"]
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


def test_extraction_cache_is_kept_between_runs_keyed_on_the_code(workflow):
    steps = workflow["jobs"]["build"]["steps"]
    (cache,) = [s for s in steps if s.get("uses", "").startswith("actions/cache@")]
    assert cache["with"]["path"] == ".build/cache"
    assert "hashFiles('scripts/dangbo/**/*.py'" in cache["with"]["key"]
    assert cache["with"]["restore-keys"].strip() in cache["with"]["key"]
    build = next(i for i, s in enumerate(steps) if "make site" in s.get("run", ""))
    assert steps.index(cache) < build
    from dangbo.build import CACHE_FILE
    assert CACHE_FILE.startswith(cache["with"]["path"] + "/")
