"""Message checker benchmark: feedback per keystroke. Prints figures; not a test.

Run with the venv's python::

    python tests/bench/bench_checker.py [--chars 2000] [--rounds 3]

"Types" a ~2,000-character draft to a partner one character at a time and, after
each keystroke, runs what the window runs on the whole draft: ``check_message`` and
``craft_check``. Prints p50 / p95 / max per keystroke (budget: p95 <= 30 ms), the
figures at the full length, and the 20,000-character inputs of the bad-input tests
(one unbroken word; mixed scripts). The rules are read once before timing, as the
window's first check does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from _shared import machine_text, ms, percentile  # noqa: E402  (this folder is on sys.path)

from app.communication.boundary_draft import check_boundary  # noqa: E402
from app.communication.checker import check_message  # noqa: E402
from app.communication.craft import craft_check  # noqa: E402
from app.communication.rules import rules_problem  # noqa: E402

BUDGET_P95 = 0.030

# A long, uneven draft with many of the things the checker looks for, so most rules
# have matches to weigh (a worst case more than a typical message).
PARAGRAPHS = (
    "Hey, I wanted to talk about last night. You never help with the dishes, and "
    "you're always on your phone at dinner. I'm sorry I yelled, but you started it. ",
    "Oh great, another weekend where you said you'd be home by six. It's your fault "
    "we missed my sister's birthday, and another thing: you need to call when you're late. ",
    "I know work has been a lot lately, and I've been short with you too. I feel lonely "
    "when the evenings go by without us talking. Would it help if I cooked on Tuesdays? ",
    "Could we sit down on Sunday morning for twenty minutes, phones away, and plan the "
    "week together? I'd like that. Thanks a lot. You make me feel like I don't matter. ",
    "Stop leaving your shoes by the door. Sure, whatever. Don't worry about the car, "
    "I'll take it in on Friday after work. \"You're lazy\" is what you said, and it hurt. ",
)


def draft(chars: int) -> str:
    text = ""
    while len(text) < chars:
        text += "".join(PARAGRAPHS) + "\n"
    return text[:chars]


def per_keystroke(text: str) -> list[float]:
    timings: list[float] = []
    for end in range(1, len(text) + 1):
        typed = text[:end]
        started = time.perf_counter()
        check_message(typed)
        craft_check(typed)
        timings.append(time.perf_counter() - started)
    return timings


def timed(call: Callable[[str], object], text: str, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        call(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()

    print(machine_text())
    problem = rules_problem()
    if problem:
        raise SystemExit(f"rules unavailable: {problem}")
    text = draft(options.chars)
    timings: list[float] = []
    for _ in range(options.rounds):
        timings += per_keystroke(text)
    p95 = percentile(timings, 0.95)
    print(
        f"per keystroke, {options.chars} chars typed one at a time x {options.rounds}"
        f" ({len(timings)} checks), check_message + craft_check:"
    )
    print(
        f"  p50 {ms(statistics.median(timings))}  p95 {ms(p95)}  max {ms(max(timings))}"
        f"  (budget p95 <= {ms(BUDGET_P95)}: {'within' if p95 <= BUDGET_P95 else 'OVER'})"
    )
    print(
        f"at full length: check_message {ms(timed(check_message, text))}, "
        f"craft_check {ms(timed(craft_check, text))}, "
        f"check_boundary {ms(timed(check_boundary, text))} (best of 5);"
        f" {len(check_message(text))} flags"
    )
    one_word = "a" * 20_000
    mixed = ("hello مرحبا שלום 你好世界 😀👍🏽 you never " * 700)[:20_000]
    for name, sample in (("20,000 chars, one unbroken word", one_word), ("mixed scripts", mixed)):
        print(
            f"{name}: check_message {ms(timed(check_message, sample))}, "
            f"craft_check {ms(timed(craft_check, sample))}, "
            f"check_boundary {ms(timed(check_boundary, sample))}"
        )


if __name__ == "__main__":
    main()
