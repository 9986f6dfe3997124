"""Speech text: what each voice is given. Cases live in data/speech_en.tsv and a table a language
(data/speech_de.tsv, ...)."""

from __future__ import annotations

import itertools
import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli import main
from listen import clean, read_source
from listen.lexicon import Lexicon
from listen.segment import segment
from listen.speech import split_sentences, spoken_sentences
from listen.speech_en import ABBREVIATIONS, MAGNITUDES, MONTHS, UNITS

from .conftest import DEV_PAGES, EXAMPLE

DATA = Path(__file__).parent / "data"


def table(path: Path) -> list[tuple[int, str, str]]:
    """(line number, written, spoken) of a table: tab-separated, `#` comments."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line and not line.startswith("#"):
            written, spoken = line.split("\t")
            rows.append((number, written, spoken))
    return rows


def cases() -> list:
    return [
        pytest.param(written, spoken, id=f"{n}:{written[:30]}") for n, written, spoken in table(DATA / "speech_en.tsv")
    ]


def other_cases() -> list:
    """A table a language: data/speech_de.tsv, speech_fr.tsv, ..."""
    return [
        pytest.param(path.stem[7:], written, spoken, id=f"{path.stem[7:]}:{n}:{written[:30]}")
        for path in sorted(DATA.glob("speech_*.tsv"))
        if path.stem != "speech_en"
        for n, written, spoken in table(path)
    ]


@pytest.mark.parametrize("language, written, spoken", other_cases())
def test_other_languages_say_dates_times_and_numbers_their_way(language, written, spoken):
    assert " ".join(spoken_sentences(written, language)) == spoken


def test_there_are_at_least_150_cases():
    assert len(cases()) >= 150


@pytest.mark.parametrize("written, spoken", cases())
def test_written_becomes_spoken(written, spoken):
    """What the voice receives of a paragraph, sentence after sentence."""
    assert " ".join(spoken_sentences(written, "en")) == spoken


# What a voice would spell out oddly: digits, and symbols other than plain punctuation.
ODD = re.compile(r"[\d%$£€¥#@&+=/\\<>\[\]{}|~^*_°§]")


@pytest.mark.parametrize(
    "page",
    ["example", "06ee193de4bd", "287e4d9f4af3", "374ac9a59a85", "264dc3ae3124", "2c46804d9db4"],
)
def test_real_articles_reach_the_voice_without_digits_or_symbols(page):
    if page == "example":
        article = clean(read_source(str(EXAMPLE), 10**7))
    else:
        truth = json.loads((DEV_PAGES / "ground-truth.json").read_text(encoding="utf-8"))
        body = next(v["articleBody"] for k, v in truth.items() if k.startswith(page))
        article = clean(read_source(str(write_markdown(body)), 10**7))
    spoken = " ".join(piece.text for section in segment(article) for piece in section.pieces)
    assert not ODD.findall(spoken), [m.group(0) for m in re.finditer(rf".{{0,30}}{ODD.pattern}.{{0,30}}", spoken)]


def write_markdown(body: str) -> Path:
    import tempfile

    path = Path(tempfile.mkdtemp()) / "article.md"
    path.write_text("# A real article\n\n" + body.replace("\n", "\n\n"), encoding="utf-8")
    return path


# Words no rule changes: plain lower-case words, kept whole by every rule. Abbreviations,
# units, magnitudes, months and "pct" (etc, min, mln, jan) are rewritten on purpose: not plain words.
REWRITTEN = {word.lower() for word in [*ABBREVIATIONS, *UNITS, *MAGNITUDES, *MONTHS, "pct"]}
plain_words = st.lists(st.from_regex(r"[a-z]{3,9}", fullmatch=True).filter(lambda w: w not in REWRITTEN),
                       min_size=1, max_size=30)  # fmt: skip
noise = st.sampled_from([" ", ", ", ". ", "! ", "? ", " 42 ", " 3.5% ", " $7 ", " — ", " & ",
                         " (", ") ", " \"", "\" ", " 1990s ", " #9 ", " 🙂 ", " <b> ", " 2x "])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(plain_words, st.lists(noise, min_size=1, max_size=30))
def test_every_word_reaches_the_voice_in_order(words, separators):
    text = "".join(word + separators[i % len(separators)] for i, word in enumerate(words))
    spoken = " ".join(spoken_sentences(text, "en")).lower()
    spoken_words = re.findall(r"[a-z]+", spoken)
    position = 0
    for word in words:
        assert word in spoken_words[position:], (text, spoken)
        position = spoken_words.index(word, position) + 1


# The shapes the rules look for: a number, a mark and a word, each way round.
NUMBERS = ["1", "3", "12", "266", "2023", "1,5", "2.5", "3/2", "1/2", "787", "4Q", "Q3", "WW", "$5", "-3"]
MARKS = ["", " ", "-", "–", "/", '"', "'", ".", ",", ":", "?", "%", "§", "°C", "~", "+", "#", " in. ", "s "]
WORDS = ["inch", "the", "of", "under", "OT", "qtr.", "Mo.", "Tues.", "St.", "T", "K", "M", "A", "Boeing", "la", "las",
         "alle", "um", "Uhr", "h", "m", "km", "Jährige", "млрд", "до", "мая", "минус", "x", "F"]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "pt", "it", "ru"])
def test_no_written_shape_makes_speech_text_fail(language):
    """Nothing in any language may raise: a rule that cannot decide leaves the text as it is."""
    for number, mark, word in itertools.product(NUMBERS, MARKS, WORDS):
        for text in (f"{number}{mark}{word}", f"{word}{mark}{number}"):
            assert isinstance(spoken_sentences(text, language), list), text


def test_clean_spoken_shows_what_the_voice_receives(runner):
    result = runner.invoke(main, ["clean", "--spoken", str(EXAMPLE)])
    assert result.exit_code == 0
    assert "three thousand tonnes of silt" in result.output
    assert "3,000" not in result.output


LEAD = "The council voted on Tuesday to close the old bridge to cars from next spring, after engineers found cracks in two of its piers."
STORY = [LEAD, "The bridge carries about nine thousand vehicles a day. Cyclists will still be able to cross it.",
         "A public meeting on the detour routes will be held next month at the town hall."]  # fmt: skip


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_story_copied_without_its_headline_is_heard_once_from_its_first_sentence(runner, tmp_path, suffix):
    """Titled by its first sentence, which players show; the voice says that sentence once."""
    story = tmp_path / f"story{suffix}"
    story.write_text("\n\n".join(STORY) + "\n", encoding="utf-8")
    spoken = runner.invoke(main, ["clean", "--spoken", str(story)])
    assert spoken.exit_code == 0
    assert spoken.output.split() == " ".join(STORY).split()
    title = json.loads(runner.invoke(main, ["clean", "--json", str(story)]).output)["title"]
    assert title.endswith("…") and LEAD.startswith(title.removesuffix("…") + " ")  # cut at a word


@pytest.mark.parametrize(
    "entry, written, spoken",
    [
        pytest.param("Kyiv = Keev", "Troops near Kyiv.", "Troops near Keev.", id="word"),
        pytest.param("nginx = engine x", "NGINX and Nginx.", "engine x and engine x.", id="any-case"),
        pytest.param("Bill = William", "Bill and the bill.", "William and the bill.", id="exact-case"),
        pytest.param("/\\bGIF(s?)\\b/ = jif\\1", "Two GIFs.", "Two jifs.", id="pattern"),
        pytest.param("Kyiv = Keev", "Kyivan food.", "Kyivan food.", id="whole-words-only"),
        pytest.param("WWII = World War 2", "In WWII.", "In World War two.", id="rules-after-lexicon"),
    ],
)  # fmt: skip
def test_lexicon_entries_apply_before_the_voice(tmp_path, entry, written, spoken):
    lexicon_file = tmp_path / "lexicon.txt"
    lexicon_file.write_text(f"# names\n{entry}\n", encoding="utf-8")
    lexicon = Lexicon.load(lexicon_file)
    assert " ".join(spoken_sentences(written, "en", lexicon)) == spoken


def test_lexicon_option_reaches_the_spoken_text(runner, tmp_path):
    lexicon_file = tmp_path / "lexicon.txt"
    lexicon_file.write_text("Hassan = Hasaan\n", encoding="utf-8")
    result = runner.invoke(main, ["clean", "--spoken", "--lexicon", str(lexicon_file), str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert "Amira Hasaan, said" in result.output


def test_broken_lexicon_is_one_clear_error(runner, tmp_path):
    lexicon_file = tmp_path / "lexicon.txt"
    lexicon_file.write_text("no equals sign here\n", encoding="utf-8")
    result = runner.invoke(main, ["clean", "--spoken", "--lexicon", str(lexicon_file), str(EXAMPLE)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {lexicon_file}:1: expected `written = spoken`")


@pytest.mark.parametrize("paragraph, sentences", [
    ("Mr. Smith went to Washington D.C. on Jan. 5. He left at 3 p.m. and said so.",
     ["Mr. Smith went to Washington D.C. on Jan. 5.", "He left at 3 p.m. and said so."]),
    ("The U.S. economy grew. Prices rose, e.g. bread.",
     ["The U.S. economy grew.", "Prices rose, e.g. bread."]),
    ("“They said, ‘You need to say your goodbyes,’” Teeples said.",
     ["“They said, ‘You need to say your goodbyes,’” Teeples said."]),
])  # fmt: skip
def test_abbreviations_do_not_end_a_sentence(paragraph, sentences):
    """Each sentence is one piece for the voice: a break inside one (after an abbreviation, or
    before a quote's attribution) is a pause mid-sentence."""
    assert split_sentences(paragraph) == sentences


@pytest.mark.parametrize("language", ["en", "de", "fr", "ru", "ja"])
def test_a_number_too_long_for_words_never_raises(language):
    spoken = " ".join(spoken_sentences("Code " + "7" * 3000 + " ends here.", language))
    assert "Code" in spoken and "ends here" in spoken


@pytest.mark.parametrize(
    "written",
    ["Add 2/4 cup, 3/2 tsp. and 1 2/2 cups.", "Call 911 911 911.", "$5-$ and $-4 million", "2:99:99 and 1:00:00"],
)
def test_forms_a_rule_does_not_know_are_left_and_never_raise(written):
    """Near misses of the English rules' shapes (fractions no table holds, money with a side
    missing, impossible times): every word still reaches the voice, and nothing raises."""
    spoken = " ".join(spoken_sentences(written, "en"))
    assert spoken and not re.search(r"\d", spoken)


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "pt", "it", "ru"])
@pytest.mark.parametrize("hostile", ["1" * 100_000, "." * 10_000, "[" * 5_000 + "x" + "]" * 5_000, "9 %" * 10_000])
def test_hostile_text_finishes_in_bounded_time(language, hostile):
    """A rule tried at every digit of a long run takes time that grows with its square (100,000
    digits took 14 s); every rule starts where a run starts and finishes in linear time."""
    started = time.perf_counter()
    spoken_sentences(hostile, language)
    assert time.perf_counter() - started < 5
