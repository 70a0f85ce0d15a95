"""CI configuration: the GitHub workflows, .ci/run and the README commands agree.

The workflows are validated offline against check-jsonschema's vendored GitHub
workflow schema; their meaning (triggers, commands, deploy action) is checked with
PyYAML against the commands the README gives.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
WORKFLOWS = REPO / ".github" / "workflows"
README = REPO / "README.md"
CI_RUN = REPO / ".ci" / "run"

WORKFLOW_FILES = sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])

# A proxy that refuses every connection: validation must not touch the network.
OFFLINE_ENV = {
    **os.environ,
    "HTTP_PROXY": "http://127.0.0.1:9",
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "http_proxy": "http://127.0.0.1:9",
    "https_proxy": "http://127.0.0.1:9",
    "NO_PROXY": "",
    "no_proxy": "",
}


def check_jsonschema(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        env=OFFLINE_ENV,
        timeout=120,
    )


def readme_commands() -> list[str]:
    """The commands of the first fenced code blocks of the README's "Quick start"."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```", section, flags=re.M | re.S)
    return [" ".join(block.split()) for block in blocks]


def load_workflow(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the bare key `on` as the boolean True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def run_steps(workflow: dict) -> list[str]:
    """Every `run:` command of every job, whitespace-normalised."""
    return [
        " ".join(step["run"].split())
        for job in workflow["jobs"].values()
        for step in job.get("steps", [])
        if "run" in step
    ]


def uses(workflow: dict) -> list[str]:
    return [step["uses"] for job in workflow["jobs"].values() for step in job.get("steps", []) if "uses" in step]


@pytest.fixture(scope="module")
def pages() -> dict:
    return load_workflow(WORKFLOWS / "pages.yml")


@pytest.fixture(scope="module")
def tests_workflow() -> dict:
    return load_workflow(WORKFLOWS / "tests.yml")


def test_expected_workflows_exist():
    assert {p.name for p in WORKFLOW_FILES} >= {"pages.yml", "tests.yml"}


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_workflow_matches_github_schema(path: Path):
    result = check_jsonschema(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


def test_schema_check_rejects_a_broken_workflow(tmp_path: Path):
    """The validator really validates: a job without `runs-on` and a bad trigger fail."""
    bad = tmp_path / "bad.yml"
    bad.write_text("on: {push: {branchez: [main]}}\njobs:\n  build:\n    steps:\n      - run: echo hi\n")
    result = check_jsonschema(bad)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Schema validation errors" in result.stdout + result.stderr


def test_readme_starts_with_the_two_commands():
    assert readme_commands()[:2] == [
        "pip install -e . && reportsite build",
        "pip install -e '.[test]' && python -m pytest",
    ]


def test_pages_triggers(pages: dict):
    triggers = pages["on"]
    assert triggers["push"]["branches"] == ["main"]
    crons = [entry["cron"] for entry in triggers["schedule"]]
    assert len(crons) == 1 and len(crons[0].split()) == 5
    assert crons[0].split()[2:] == ["*", "*", "*"], "the schedule should run daily"
    assert "workflow_dispatch" in triggers


def test_pages_installs_and_builds_with_the_readme_command(pages: dict):
    install, build = (part.strip() for part in readme_commands()[0].split("&&"))
    steps = run_steps(pages)
    assert install in steps, f"no step runs {install!r}: {steps}"
    assert build == "reportsite build"
    assert build in steps, f"no step runs {build!r}: {steps}"
    assert steps.index(install) < steps.index(build)


def test_pages_deploys_the_built_site(pages: dict):
    build_uses = uses({"jobs": {"build": pages["jobs"]["build"]}})
    assert "actions/checkout@v4" in build_uses
    assert "actions/upload-pages-artifact@v3" in build_uses
    upload = next(s for s in pages["jobs"]["build"]["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"

    deploy = pages["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert [s["uses"] for s in deploy["steps"]] == ["actions/deploy-pages@v4"]
    assert deploy["environment"]["name"] == "github-pages"
    step_id = deploy["steps"][0]["id"]
    assert deploy["environment"]["url"] == f"${{{{ steps.{step_id}.outputs.page_url }}}}"

    assert pages["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert pages["concurrency"]["group"] == "pages"


def test_pages_python_and_caches(pages: dict):
    steps = pages["jobs"]["build"]["steps"]
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert str(setup["with"]["python-version"]) == "3.11"
    assert setup["with"]["cache"] == "pip"
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache"))
    assert cache["with"]["path"] == ".reportsite-cache"
    # The cache must be restored before the build runs.
    assert steps.index(cache) < next(i for i, s in enumerate(steps) if s.get("run") == "reportsite build")


def test_tests_workflow_runs_the_readme_test_command(tests_workflow: dict):
    triggers = tests_workflow["on"]
    assert "push" in triggers and "pull_request" in triggers
    steps = run_steps(tests_workflow)
    assert readme_commands()[1] in steps
    assert any("apt-get install -y chromium" in s for s in steps)


def test_ci_run_runs_the_readme_test_command():
    text = CI_RUN.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in text
    assert os.access(CI_RUN, os.X_OK), ".ci/run must be executable"
    commands = [
        line.split(" || ")[0].strip()
        for line in text.splitlines()
        if "pip install -e" in line and not line.lstrip().startswith(("#", "step ", "echo "))
    ]
    assert commands == [readme_commands()[1]]
    assert "python3 -m venv" in text and "source .venv/bin/activate" in text
    assert "apt-get install -y chromium" in text


def test_ci_run_fails_when_no_tests_are_collected(tmp_path: Path):
    """Run the end of .ci/run with a fake pip and pytest: exit code 5 must not become 0."""
    text = CI_RUN.read_text(encoding="utf-8")
    tail = text[text.index("status=0"):]
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "pip").write_text("#!/bin/sh\nexit 0\n")
    (bin_dir / "python").write_text("#!/bin/sh\nexit 5\n")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    script = "set -euo pipefail\nstep() { printf '==> %s\\n' \"$*\"; }\n" + tail
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env, timeout=30)
    assert result.returncode == 5, result.stdout + result.stderr
    assert "no tests" in result.stdout


def test_pages_build_gets_the_site_url_from_configure_pages(pages: dict):
    steps = pages["jobs"]["build"]["steps"]
    configure = next(i for i, s in enumerate(steps) if s.get("uses", "").startswith("actions/configure-pages"))
    build = next(i for i, s in enumerate(steps) if s.get("run") == "reportsite build")
    assert configure < build
    assert steps[build]["env"]["SITE_URL"] == f"${{{{ steps.{steps[configure]['id']}.outputs.base_url }}}}/"
    assert "site_url: !ENV [SITE_URL," in (REPO / "mkdocs.yml").read_text(encoding="utf-8")
