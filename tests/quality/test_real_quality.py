"""Quality gate on real documents: each real set must not fall below its floors.

The sets (``real/dev``, ``real/sealed`` ... ``real/sealed41``) are real text
from public-domain and freely licensed pages, with gold written by helpers who write no rules
and reviewed by a second one; see ``real/README.md``. Publication dates are passed as metadata
from each set's ``manifest.jsonl``, as the outside evaluation passes them. Floors sit just
under the scores recorded in the README (every set has been read for diagnosis since its
sealed score, which the README records).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent / "real"

FLOORS: dict[str, dict[str, float]] = {
    "dev": {
        "quote_f1": 0.984,
        "attributed_recall": 0.938,
        "meetings_found": 93,
        "venues": 33,
        "extra_meetings": 13,
    },
    "sealed": {
        "quote_f1": 0.957,
        "attributed_recall": 0.897,
        "meetings_found": 52,
        "venues": 20,
        "extra_meetings": 6,
    },
    "sealed2": {
        "quote_f1": 0.981,
        "attributed_recall": 0.931,
        "meetings_found": 82,
        "venues": 21,
        "extra_meetings": 6,
    },
    # sealed3's ceiling of invented meetings went from 3 to 4 in session 23: "adviser to the
    # President" no longer names the President, which leaves a story's "Minister King"
    # (Australia's, in no data file) resolved to John King; see the CHANGELOG
    "sealed3": {
        "quote_f1": 0.975,
        "attributed_recall": 0.965,
        "meetings_found": 83,
        "venues": 31,
        "extra_meetings": 3,
    },
    "sealed4": {
        "quote_f1": 0.989,
        "attributed_recall": 0.995,
        "meetings_found": 59,
        "venues": 11,
        "extra_meetings": 3,
    },
    # sealed5's floor of meetings found went from 58 to 57 in session 25: two meetings the
    # gold dates to the month (its convention when the text gives no day for them) are now
    # dated to a day a sentence about them, or a second account, tells ("On August 28, ...
    # participated", a list in another document dated "Sept. 16")
    "sealed5": {
        "quote_f1": 0.987,
        "attributed_recall": 0.909,
        "meetings_found": 58,
        "venues": 10,
        "extra_meetings": 10,
    },
    "sealed6": {
        "quote_f1": 0.973,
        "attributed_recall": 0.896,
        "meetings_found": 95,
        "venues": 24,
        "extra_meetings": 8,
    },
    "sealed7": {
        "quote_f1": 0.962,
        "attributed_recall": 0.927,
        "meetings_found": 66,
        "venues": 17,
        "extra_meetings": 9,
    },
    "sealed8": {
        "quote_f1": 0.967,
        "attributed_recall": 0.927,
        "meetings_found": 77,
        "venues": 20,
        "extra_meetings": 9,
    },
    # sealed9's ceiling of invented meetings went from 5 to 6 in session 24: "held talks
    # with" one person is the visitor's meeting, and Lukashenko's "you had difficult talks
    # with the King of Bahrain" is a real meeting of another occasion the gold does not list
    "sealed9": {
        "quote_f1": 0.969,
        "attributed_recall": 0.925,
        "meetings_found": 107,
        "venues": 17,
        "extra_meetings": 6,
    },
    "sealed10": {
        "quote_f1": 0.984,
        "attributed_recall": 0.938,
        "meetings_found": 62,
        "venues": 12,
        "extra_meetings": 9,
    },
    "sealed11": {
        "quote_f1": 0.976,
        "attributed_recall": 0.906,
        "meetings_found": 60,
        "venues": 15,
        "extra_meetings": 8,
    },
    "sealed12": {
        "quote_f1": 0.98,
        "attributed_recall": 0.936,
        "meetings_found": 74,
        "venues": 15,
        "extra_meetings": 5,
    },
    "sealed13": {
        "quote_f1": 0.973,
        "attributed_recall": 0.919,
        "meetings_found": 58,
        "venues": 12,
        "extra_meetings": 8,
    },
    "sealed14": {
        "quote_f1": 0.958,
        "attributed_recall": 0.962,
        "meetings_found": 73,
        "venues": 21,
        "extra_meetings": 6,
    },
    "sealed15": {
        "quote_f1": 0.993,
        "attributed_recall": 0.961,
        "meetings_found": 55,
        "venues": 21,
        "extra_meetings": 9,
    },
    "sealed16": {
        "quote_f1": 0.981,
        "attributed_recall": 0.95,
        "meetings_found": 47,
        "venues": 17,
        "extra_meetings": 7,
    },
    "sealed17": {
        "quote_f1": 0.986,
        "attributed_recall": 0.931,
        "meetings_found": 72,
        "venues": 21,
        "extra_meetings": 6,
    },
    "sealed18": {
        "quote_f1": 0.978,
        "attributed_recall": 0.933,
        "meetings_found": 69,
        "venues": 27,
        "extra_meetings": 9,
    },
    "sealed19": {
        "quote_f1": 0.976,
        "attributed_recall": 0.963,
        "meetings_found": 47,
        "venues": 6,
        "extra_meetings": 10,
    },
    "sealed20": {
        "quote_f1": 0.970,
        "attributed_recall": 0.961,
        "meetings_found": 54,
        "venues": 8,
        "extra_meetings": 10,
    },
    "sealed21": {
        "quote_f1": 0.977,
        "attributed_recall": 0.958,
        "meetings_found": 81,
        "venues": 23,
        "extra_meetings": 14,
    },
    "sealed22": {
        "quote_f1": 0.995,
        "attributed_recall": 0.971,
        "meetings_found": 73,
        "venues": 8,
        "extra_meetings": 9,
    },
    "sealed23": {
        "quote_f1": 0.975,
        "attributed_recall": 0.883,
        "meetings_found": 84,
        "venues": 11,
        "extra_meetings": 10,
    },
    "sealed24": {
        "quote_f1": 0.99,
        "attributed_recall": 0.906,
        "meetings_found": 49,
        "venues": 13,
        "extra_meetings": 6,
    },
    "sealed25": {
        "quote_f1": 0.972,
        "attributed_recall": 0.914,
        "meetings_found": 85,
        "venues": 30,
        "extra_meetings": 8,
    },
    "sealed26": {
        "quote_f1": 0.976,
        "attributed_recall": 0.926,
        "meetings_found": 73,
        "venues": 36,
        "extra_meetings": 9,
    },
    "sealed27": {
        "quote_f1": 0.979,
        "attributed_recall": 0.923,
        "meetings_found": 96,
        "venues": 5,
        "extra_meetings": 23,
    },
    "sealed28": {
        "quote_f1": 0.98,
        "attributed_recall": 0.903,
        "meetings_found": 55,
        "venues": 7,
        "extra_meetings": 7,
    },
    "sealed29": {
        "quote_f1": 0.973,
        "attributed_recall": 0.95,
        "meetings_found": 63,
        "venues": 3,
        "extra_meetings": 11,
    },
    "sealed30": {
        "quote_f1": 0.975,
        "attributed_recall": 0.939,
        "meetings_found": 56,
        "venues": 2,
        "extra_meetings": 11,
    },
    # session 31's set: first scored f14dfa6 (start) and 64a6f09, both 0.943 / 0.787 / 31 /
    # 6 / 28
    "sealed31": {
        "quote_f1": 0.938,
        "attributed_recall": 0.88,
        "meetings_found": 46,
        "venues": 5,
        "extra_meetings": 15,
    },
    # session 32's set: first scored 14aca9b (start) and b0f9ce8, both 0.978 / 0.843 / 51 /
    # 14 / 10
    "sealed32": {
        "quote_f1": 0.978,
        "attributed_recall": 0.86,
        "meetings_found": 57,
        "venues": 15,
        "extra_meetings": 11,
    },
    # session 33's set: first scored 83e68b8 (start) and 3ba8f71, both 0.971 / 0.926 / 51 /
    # 24 / 13
    "sealed33": {
        "quote_f1": 0.966,
        "attributed_recall": 0.944,
        "meetings_found": 59,
        "venues": 27,
        "extra_meetings": 12,
    },
    # session 34's set: first scored c9ea73f (start) 0.971 / 0.893 / 76 / 22 / 16 and a765c5e
    # 0.971 / 0.893 / 76 / 22 / 17
    "sealed34": {
        "quote_f1": 0.978,
        "attributed_recall": 0.888,
        "meetings_found": 82,
        "venues": 26,
        "extra_meetings": 16,
    },
    # session 35's set: first scored dc597d0 (start) and 05fbdb8, both 0.966 / 0.643 / 91 / 31
    # / 12
    "sealed35": {
        "quote_f1": 0.961,
        "attributed_recall": 0.852,
        "meetings_found": 95,
        "venues": 31,
        "extra_meetings": 8,
    },
    "sealed36": {
        "quote_f1": 0.970,
        "attributed_recall": 0.961,
        "meetings_found": 66,
        "venues": 31,
        "extra_meetings": 11,
    },
    "sealed37": {
        "quote_f1": 0.978,
        "attributed_recall": 0.944,
        "meetings_found": 94,
        "venues": 22,
        "extra_meetings": 7,
    },
    "sealed38": {
        "quote_f1": 0.952,
        "attributed_recall": 0.941,
        "meetings_found": 43,
        "venues": 24,
        "extra_meetings": 2,
    },
    "sealed39": {
        "quote_f1": 0.967,
        "attributed_recall": 0.932,
        "meetings_found": 28,
        "venues": 11,
        "extra_meetings": 3,
    },
    "sealed40": {
        "quote_f1": 0.972,
        "attributed_recall": 0.949,
        "meetings_found": 22,
        "venues": 2,
        "extra_meetings": 4,
    },
    "sealed41": {
        "quote_f1": 0.937,
        "attributed_recall": 0.848,
        "meetings_found": 72,
        "venues": 1,
        "extra_meetings": 16,
    },
    "sealed42": {
        "quote_f1": 0.948,
        "attributed_recall": 0.853,
        "meetings_found": 61,
        "venues": 10,
        "extra_meetings": 7,
    },
    # session 43's set: first scored 9238bd9 (start), 0.958 / 0.806 / 41 / 15 / 7
    "sealed43": {
        "quote_f1": 0.953,
        "attributed_recall": 0.856,
        "meetings_found": 56,
        "venues": 15,
        "extra_meetings": 13,
    },
    # session 44's set: first scored 122dcd9 (start), 0.944 / 0.831 / 45 / 6 / 16
    "sealed44": {
        "quote_f1": 0.939,
        "attributed_recall": 0.826,
        "meetings_found": 52,
        "venues": 8,
        "extra_meetings": 8,
    },
    # session 45's set: first scored 2c318ab (start), 0.965 / 0.865 / 44 / 16 / 17
    "sealed45": {
        "quote_f1": 0.96,
        "attributed_recall": 0.918,
        "meetings_found": 45,
        "venues": 15,
        "extra_meetings": 19,
    },
    # session 46's set: first scored e67d99c (start), 0.970 / 0.922 / 24 / 4 / 13
    "sealed46": {
        "quote_f1": 0.965,
        "attributed_recall": 0.925,
        "meetings_found": 26,
        "venues": 3,
        "extra_meetings": 11,
    },
    # session 47's set: first scored 98a7ef9 (start), 0.969 / 0.911 / 37 / 11 / 5
    "sealed47": {
        "quote_f1": 0.964,
        "attributed_recall": 0.906,
        "meetings_found": 39,
        "venues": 10,
        "extra_meetings": 6,
    },
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(
    request: pytest.FixtureRequest, score_corpus: Callable[[Path, Path], dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, float]]:
    folder = HERE / request.param
    return score_corpus(folder, folder / "gold.json"), FLOORS[request.param]


def _found(text: str) -> int:
    return int(text.split("/")[0])


Scored = tuple[dict[str, Any], dict[str, float]]


@pytest.mark.slow
class TestRealQuality:
    def test_provenance_is_exact(self, scored: Scored) -> None:
        """Every report's offsets cut its own text out of the real file."""
        assert 0 == scored[0]["provenance"]["mismatched"]

    def test_quote_f1_floor(self, scored: Scored) -> None:
        """Quotations found on real text: F1 at or above the floor."""
        result, floors = scored
        assert result["quotes"]["f1"] >= floors["quote_f1"]

    def test_attributed_recall_floor(self, scored: Scored) -> None:
        """Quotations found with the right speaker, over all gold quotations."""
        result, floors = scored
        assert result["attributed_recall"] >= floors["attributed_recall"]

    def test_meetings_found_floor(self, scored: Scored) -> None:
        """Meetings of the visit found with the right people and day."""
        result, floors = scored
        assert result["meetings"]["found"] >= floors["meetings_found"]

    def test_venues_floor(self, scored: Scored) -> None:
        """Meetings found with the venue the gold gives."""
        result, floors = scored
        assert _found(result["meetings"]["location_ok"]) >= floors["venues"]

    def test_invented_meetings_ceiling(self, scored: Scored) -> None:
        """Meetings the gold knows neither as a meeting nor as an event stay few."""
        result, floors = scored
        assert _found(result["meetings"]["extra"]) <= floors["extra_meetings"]
