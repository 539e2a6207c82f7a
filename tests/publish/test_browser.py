"""The published reference and report, opened in a real browser (headless Chromium)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from docs2api.publish import publish
from scraper.pipeline import spec_from_inputs

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "build" / "screenshots"


def _open(browser: Any, url: str) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    return page, errors


@pytest.mark.parametrize("name", ["seed", "modelarts"])
def test_reference_and_report_render_every_operation(
    name: str, spec_builds: Any, node_bin: Any, browser: Any, tmp_path: Path
) -> None:
    node_bin("redocly")
    inputs = [str(p) for p in spec_builds.inputs(name)]
    result = spec_from_inputs(inputs)
    spec_path = tmp_path / f"{name}.yaml"
    spec_path.write_text(yaml.safe_dump(result.spec, allow_unicode=True), encoding="utf-8")
    report = json.loads(json.dumps(result.report, default=str))
    out = tmp_path / "published"
    assert publish(spec_path, out, report=report).problems == []
    operations = [
        op
        for item in result.spec["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    ]
    assert operations
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    page, errors = _open(browser, (out / "reference.html").as_uri())
    page.wait_for_selector("[data-section-id^='operation/']", timeout=60_000)
    rendered = set(
        page.eval_on_selector_all(
            "[data-section-id^='operation/']",
            "els => els.map(e => e.getAttribute('data-section-id'))",
        )
    )
    page.screenshot(path=str(SCREENSHOTS / f"{name}-reference.png"))
    missing = [
        op["operationId"] for op in operations if f"operation/{op['operationId']}" not in rendered
    ]
    assert not missing, f"operations not rendered: {missing[:10]}"
    assert not errors, errors[:5]
    page.close()

    page, errors = _open(browser, (out / "report.html").as_uri())
    text = page.inner_text("#operations")
    page.screenshot(path=str(SCREENSHOTS / f"{name}-report.png"), full_page=False)
    assert all(op["operationId"] in text for op in operations)
    assert not errors, errors[:5]
    page.close()
