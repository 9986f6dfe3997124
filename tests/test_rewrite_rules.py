"""The rewrite rules skip a rule only where it could not have matched: what is said is the same."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from listen.rewrite_rules import RewriteRules, characters, needed_characters
from listen.speech_en import RULES
from listen.speech_en_periods import before_split

from .test_speech import DATA, table


def one_rule_after_another(text: str) -> str:
    for pattern, replacement, _ in RULES.rules:
        text = pattern.sub(replacement, text)
    return text


def test_english_sentences_come_out_as_with_every_rule_tried():
    written = [before_split(written) for _, written, _ in table(DATA / "speech_en.tsv")]
    assert [RULES.apply(text) for text in written] == [one_rule_after_another(text) for text in written]


@pytest.mark.parametrize(
    "pattern, needed",
    [
        (r"\d+\s?%", {"%"}),  # the rarer of a digit and a percent sign
        (r"(?<=\d)st\b", set("0123456789")),
        (r"(?:US\$|£|€)\d", {"$", "£", "€"}),  # each alternative needs one of its own
        (r"(?i:k)m\b", {"m"}),  # k also matches the Kelvin sign: only the m is sure
        (r"(?i)km\b", None),
        (r"\b\w+\b", None),  # a class of letters: too many to list
        (r"x?\d*", None),  # may match nothing at all
    ],
)
def test_what_a_pattern_needs(pattern, needed):
    found = needed_characters(re.compile(pattern))
    assert found == (None if needed is None else frozenset(needed))


def test_digits_of_other_scripts_count_as_digits():
    rules = RewriteRules([(re.compile(r"\d"), "#")])
    assert rules.apply("٣ and 3") == "# and #"


def test_a_rule_that_writes_a_symbol_lets_the_next_rule_see_it():
    rules = RewriteRules([(re.compile("percent"), "%"), (re.compile("%"), " per cent")])
    assert rules.apply("5 percent") == "5  per cent"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789٣$£€%/.,:-+#&@°'\"() aAkKKxXmMstp", max_size=40))
def test_a_skipped_english_rule_would_not_have_matched(text):
    present = characters(text)
    for pattern, _, needed in RULES.rules:
        if needed is not None and needed.isdisjoint(present):
            assert not pattern.search(text), pattern.pattern
