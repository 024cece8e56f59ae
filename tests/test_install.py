"""The package installs under one name: `rubrics.parsers`, never a bare `parsers` in site-packages.

Why: the top-level folders have generic names (parsers, pipeline, warehouse) that would collide with
other packages if installed as they are; pyproject maps each under `rubrics.`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("parsers", "pipeline", "extracted", "warehouse", "scoring", "compare")


def test_editable_install_maps_the_top_level_folders():
    import rubrics.parsers
    import rubrics.pipeline
    import rubrics.warehouse

    assert Path(rubrics.parsers.__file__).parent == ROOT / "parsers"
    assert Path(rubrics.pipeline.__file__).parent == ROOT / "pipeline"
    assert Path(rubrics.warehouse.__file__).parent == ROOT / "warehouse"


def test_normal_install_has_only_the_rubrics_name(tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--target", str(target), str(ROOT)],
        check=True, capture_output=True, text=True,
    )
    top_level = {p.name for p in target.iterdir() if not p.name.endswith(".dist-info")}
    assert "rubrics" in top_level
    assert not top_level & set(PACKAGES), f"generic names in site-packages: {top_level & set(PACKAGES)}"
    for name in PACKAGES:
        assert (target / "rubrics" / name / "__init__.py").is_file()
    assert (target / "rubrics" / "extracted" / "schema.json").is_file()
    # the installed copy imports and runs from elsewhere, with the checkout out of the path
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import sys, rubrics.parsers, rubrics.pipeline.extract as e, rubrics.cli;"
        "assert rubrics.parsers.__file__.startswith(sys.argv[1]), rubrics.parsers.__file__;"
        "import importlib.util as u; assert u.find_spec('parsers') is None"
    )
    subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); " + code,
                    str(target)], check=True, cwd=tmp_path, env=env)
    out = subprocess.run([sys.executable, "-c", "from rubrics.cli import main; main(['--help'])"],
                         cwd=tmp_path, env=env, capture_output=True, text=True)
    assert "extract" in out.stdout
