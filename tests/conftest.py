"""Test-wide settings.

Why a CI profile: property tests explore random examples; locally that finds new failures, but in
CI a run must be reproducible, so there the examples are derived from each test's own definition
(`derandomize`). Set HYPOTHESIS_PROFILE=dev to explore in CI-like runs, or CI=true to reproduce.
"""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


def pytest_addoption(parser):
    parser.addoption("--update-floors", action="store_true",
                     help="tests/test_score_corpus.py writes today's figures (rounded down a little) to tests/floors.json")
    parser.addoption("--update-golden", action="store_true",
                     help="tests/test_golden.py rewrites tests/golden/* from today's extraction (review the diff)")
