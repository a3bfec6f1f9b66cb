"""Shared fixtures: the repository root and the two seed lessons built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def built_sites(tmp_path_factory) -> dict[str, Path]:
    """Both editions of the real project, built with the real command path into temporary folders."""
    from medialit.site import build_site

    out = tmp_path_factory.mktemp("sites")
    return {
        edition: build_site(ROOT / "mkdocs.yml", edition=edition, strict=True, site_dir=out / edition)
        for edition in ("student", "teacher")
    }


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    from medialit.text.source import find_seeds

    return find_seeds(SEEDS)
