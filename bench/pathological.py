"""Time the party rules on large degenerate layouts, to catch work that grows with the square of a page.

    python bench/pathological.py [--scale 1.0]

Each case is a page a real batch can meet in a broken or machine-made file: thousands of signatures on one line,
thousands of entity blocks, a name list thousands of lines long. Every case should take about a second per
100,000 characters; a case far above that has a rule that rescans the page for each signature or line.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.nlp.parties import find_parties  # noqa: E402
from pipeline.nlp.view import clean_view  # noqa: E402


def cases(n: int) -> dict[str, str]:
    return {
        "signatures, one per line": "/s/ John A. Smith\tDirector\n" * n,
        "signatures on one line, tabs": "\t".join("/s/ Ann Lee" for _ in range(n)),
        "signatures on one line, spaces": "     ".join("/s/ Ann Lee" for _ in range(n)),
        "entity blocks": "\n".join("ACME FUND L.P.\nBy: /s/ Ann Lee\nName: Ann Lee\nTitle: Manager" for _ in range(n)),
        "two-column rows": "\n".join(
            f"/s/ A B{i}   /s/ C D{i}\nA B{i}   C D{i}\nPresident and   Director and\nChief Officer   Chairman of"
            for i in range(n // 2)
        ),
        "agent list": "I hereby appoint " + ", ".join(f"Ann Lee{i}" for i in range(n)) + " my attorneys.",
        "schedule of agents": "appoints the persons named on Schedule A.\nSchedule A\n"
        + "\n".join(f"{i}. Bob Roe" for i in range(n)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies the 3,000 items of each case")
    args = parser.parse_args()
    print(f"{'case':34} {'chars':>8} {'seconds':>8}")
    for name, text in cases(int(3000 * args.scale)).items():
        view = clean_view(text)
        start = time.perf_counter()
        find_parties(view, text)
        print(f"{name:34} {len(text):8d} {time.perf_counter() - start:8.2f}")


if __name__ == "__main__":
    main()
