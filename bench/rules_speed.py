"""parse_rules time on long and hostile texts, at two sizes: the ratio shows it stays linear.

Why a script and no timed test: timings depend on the machine; what matters is that 4x the
text costs about 4x the time (a quadratic step would show 16x), and the figures are printed.

    .venv/bin/python bench/rules_speed.py
"""

from __future__ import annotations

import time

from rubrics.pipeline.rules import parse_rules

INPUTS = {
    "扣 x n": "扣",
    "每 x n": "每",
    "( x n": "(",
    "digits": "1",
    "扣1分, x n": "扣1分,",
    "察访扣分, x n": "察访扣分,",
    "实行一票否决, x n": "实行一票否决,",
    "优秀、良好4个等次, x n": "优秀、良好4个等次,",
    "得1分,平台1分, x n": "得1分,平台1分,",
    "criteria clause": "未按时报送资料扣0.2分/次,每少1次扣0.25分;",
}


def _time(text: str) -> tuple[float, int]:
    started = time.perf_counter()
    hits = parse_rules(text)
    return time.perf_counter() - started, len(hits)


def main() -> None:
    for name, unit in INPUTS.items():
        small = unit * max(1, 25_000 // len(unit))
        large = unit * max(1, 100_000 // len(unit))
        t1, _ = _time(small)
        t4, n = _time(large)
        print(f"{name:24s} {len(large):7d} chars {t4 * 1000:7.0f} ms {n:6d} hits  x4 text → x{t4 / max(t1, 1e-6):.1f} time")


if __name__ == "__main__":
    main()
