"""Batch: folders in parallel, resumable, failures isolated, and on a real Dask cluster."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from cli import main
from listen import workers
from listen.ffmpeg import probe

from .articles import write_article
from .conftest import DEV_PAGES, EXAMPLE, default_ctrl_c

LISTEN = str(Path(sys.executable).parent / "listen")
VOICE = ["--voice", "fake:tones"]  # the tests' fake voice: these tests are about files, not speech


def make_inbox(folder: Path) -> Path:
    """A read-later folder: good articles of each kind, broken ones, and other files."""
    (folder / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLE, folder / "mill.txt")
    html = sorted((DEV_PAGES / "html").glob("*.html"))
    shutil.copy(html[4], folder / "sub" / "cars.html")
    (folder / "notes.md").write_text(
        "# Walking notes\n\nThe river path was closed after the storm, so we walked the long "
        "way round through the village and stopped for tea at the old bakery.\n",
        encoding="utf-8",
    )
    (folder / "scan.txt").write_bytes(b"%PDF-1.7 not really text")
    (folder / "empty.md").write_text("", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    return folder


def run(runner, *args):
    return runner.invoke(main, [str(a) for a in args])


def test_mixed_folder_converts_the_good_and_reports_the_rest(runner, tmp_path):
    inbox, out, report = make_inbox(tmp_path / "in"), tmp_path / "out", tmp_path / "report.json"
    result = run(runner, "convert", inbox, "-o", out, *VOICE, "--report", report)
    assert result.exit_code == 1  # something failed
    outcome = json.loads(report.read_text())
    statuses = {Path(a["key"]).name: a["status"] for a in outcome["articles"]}
    assert statuses == {"mill.txt": "done", "notes.md": "done", "scan.txt": "failed",
                        "empty.md": "failed", "photo.jpg": "skipped"}  # fmt: skip
    reasons = {Path(a["key"]).name: a["reason"] for a in outcome["articles"]}
    assert "PDF" in reasons["scan.txt"] and "no article text" in reasons["empty.md"]
    assert "2 done, 0 unchanged, 1 skipped, 2 failed" in result.stdout
    assert probe(out / "mill" / "mill.mp3")["chapters"]
    assert not (out / "sub").exists()  # not recursive


def test_recursive_keeps_the_folder_structure(runner, tmp_path):
    inbox, out = make_inbox(tmp_path / "in"), tmp_path / "out"
    run(runner, "convert", inbox, "-o", out, *VOICE, "--recursive")
    assert (out / "sub" / "cars" / "cars.mp3").exists()
    assert (out / "mill" / "mill.mp3").exists()


def test_rerun_redoes_only_what_changed(runner, tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(EXAMPLE, inbox / "one.txt")
    shutil.copy(EXAMPLE, inbox / "two.txt")
    assert "2 done" in run(runner, "convert", inbox, "-o", out, *VOICE).stdout
    before = (out / "one" / "one.mp3").stat().st_mtime_ns
    assert "0 done, 2 unchanged" in run(runner, "convert", inbox, "-o", out, *VOICE).stdout
    (inbox / "two.txt").write_text(EXAMPLE.read_text() + "\nOne more paragraph, added later, "
                                   "that makes this a different article from before.\n")  # fmt: skip
    assert "1 done, 1 unchanged" in run(runner, "convert", inbox, "-o", out, *VOICE).stdout
    assert (out / "one" / "one.mp3").stat().st_mtime_ns == before
    assert "2 done, 0 unchanged" in run(runner, "convert", inbox, "-o", out, *VOICE, "--speed", "1.5").stdout
    manifest = json.loads((out / ".listen-manifest.json").read_text())
    assert {Path(key).name for key in manifest} == {"one.txt", "two.txt"}


def test_inputs_with_the_same_name_never_overwrite(runner, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(EXAMPLE, tmp_path / folder / "mill.txt")
    out = tmp_path / "out"
    result = run(runner, "convert", tmp_path / "a" / "mill.txt", tmp_path / "b" / "mill.txt", "-o", out, *VOICE)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["mill", "mill-2"]


@pytest.mark.parametrize("name", ["Saved Page (3).html", "index.html", "download (2).txt", "2024-05-01.txt",
                                  "3f2a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a.txt"])  # fmt: skip
def test_a_file_name_that_says_nothing_gives_way_to_the_title(runner, tmp_path, name):
    shutil.copy(EXAMPLE, tmp_path / name)
    result = run(runner, "convert", tmp_path / name, "-o", tmp_path / "out", *VOICE)
    assert result.exit_code == 0, result.output
    folder = "volunteers-bring-a-200-year-old-tide-mill-back-to-work"
    assert (tmp_path / "out" / folder / f"{folder}.mp3").exists()


def test_list_file_from_stdin(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["convert", "--list", "-", "-o", str(out), *VOICE],
                           input=f"# my list\n{EXAMPLE}\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (out / EXAMPLE.stem / f"{EXAMPLE.stem}.mp3").exists()


def test_a_second_process_on_the_same_folder_is_refused(tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    for number in range(4):
        shutil.copy(EXAMPLE, inbox / f"a{number}.txt")
    first = subprocess.Popen([LISTEN, "convert", str(inbox), "-o", str(out), *VOICE, "-j", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        deadline = time.time() + 30
        while not out.exists() and time.time() < deadline:  # the first is converting
            time.sleep(0.05)
        second = subprocess.run([LISTEN, "convert", str(inbox), "-o", str(out), *VOICE],
                                capture_output=True, text=True)  # fmt: skip
        assert second.returncode == 1
        assert second.stderr.strip() == f"Error: another listen is writing into {out}; wait for it to finish"
    finally:
        first.wait(timeout=120)
    assert first.returncode == 0


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["ctrl-c", "kill", "kill-9"])
def test_stopped_batch_finishes_on_rerun_with_every_article_once(tmp_path, stop):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    names = [f"story-{number}" for number in range(8)]
    for number, name in enumerate(names):
        write_article(inbox / f"{name}.md", 1000, offset=number)
    # A real voice, so that the articles take long enough to be stopped halfway.
    command = [LISTEN, "convert", str(inbox), "-o", str(out), "--voice", "espeak:en-us", "-j", "2", "--format", "m4b"]
    batch = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                             start_new_session=True, preexec_fn=default_ctrl_c)  # fmt: skip
    deadline = time.time() + 60
    while time.time() < deadline and not any((out / name).is_dir() for name in names):
        time.sleep(0.05)
    if stop == signal.SIGTERM:
        os.kill(batch.pid, stop)  # listen alone, as `kill` or a service manager does
    else:
        os.killpg(batch.pid, stop)  # listen, its workers and their ffmpeg, as a terminal does
    stopped = time.time()
    _, stderr = batch.communicate(timeout=60)
    if stop == signal.SIGTERM:  # its workers stop with it
        with pytest.raises(ProcessLookupError):
            while time.time() - stopped < 10:
                os.killpg(batch.pid, 0)
                time.sleep(0.1)
    if stop != signal.SIGKILL:  # it stops now, not after the articles already queued
        assert time.time() - stopped < 3
        assert batch.returncode == 130
        assert (
            stderr.splitlines()[-1]
            == "Interrupted; nothing half-written was left. The same command again finishes the rest."
        )
        assert not [p for p in out.iterdir() if ".partial-" in p.name]
    done_before = [name for name in names if (out / name).exists()]
    assert len(done_before) < len(names)
    for name in done_before:  # whatever has its final name is whole
        assert probe(out / name / f"{name}.m4b")["chapters"]
    rerun = subprocess.run([*command, "--report", str(tmp_path / "report.json")], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == names
    assert not [p for p in out.iterdir() if ".partial-" in p.name]
    counts = json.loads((tmp_path / "report.json").read_text())["counts"]
    assert (counts["unchanged"], counts["done"]) == (len(done_before), len(names) - len(done_before))
    for name in names:
        assert float(probe(out / name / f"{name}.m4b")["format"]["duration"]) > 60


def test_dask_cluster_gives_the_same_files_as_a_local_run(runner, tmp_path):
    from distributed import LocalCluster

    inbox = make_inbox(tmp_path / "in")
    run(runner, "convert", inbox, "-o", tmp_path / "local", *VOICE, "-r")
    with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None, processes=True) as cluster:  # fmt: skip
        result = run(runner, "convert", inbox, "-o", tmp_path / "dask", *VOICE, "-r",
                     "--scheduler", cluster.scheduler_address)  # fmt: skip
    assert "3 done" in result.stdout
    for article in ("mill", "notes", "sub/cars"):
        local, remote = tmp_path / "local" / article, tmp_path / "dask" / article
        assert sorted(p.name for p in local.iterdir()) == sorted(p.name for p in remote.iterdir())
        here, there = (json.loads((f / "chapters.json").read_text())["chapters"] for f in (local, remote))
        assert [c["title"] for c in here] == [c["title"] for c in there]
        for mine, theirs in zip(here, there):
            assert mine["startTime"] == pytest.approx(theirs["startTime"], rel=0.01, abs=0.05)


def test_unreachable_scheduler_is_one_clear_error(runner, tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "SCHEDULER_SECONDS", 3)
    result = run(runner, "convert", EXAMPLE, "-o", tmp_path, *VOICE, "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")


def test_missing_inputs_fail_the_run(runner, tmp_path):
    result = run(runner, "convert", tmp_path / "nope1.txt", tmp_path / "nope2.txt", "-o", tmp_path / "out", *VOICE)
    assert result.exit_code == 1
    assert f"failed: {tmp_path / 'nope1.txt'}: no such file or folder" in result.stdout
    assert "2 articles: 0 done, 0 unchanged, 0 skipped, 2 failed" in result.stdout


def test_warnings_reach_the_user_from_worker_processes(runner, tmp_path):
    german = "# Die Brücke\n\nDer Stadtrat hat am Dienstag beschlossen, die alte Brücke den ganzen Winter zu sperren.\n"
    for name in ("eins", "zwei"):
        (tmp_path / f"{name}.md").write_text(german.replace("Winter", f"Winter {name}"), encoding="utf-8")
    result = run(runner, "convert", tmp_path / "eins.md", tmp_path / "zwei.md", "-o", tmp_path / "out",
                 "--voice", "espeak:en-us", "-j", "2")  # fmt: skip
    assert result.exit_code == 0, result.output
    for name in ("eins", "zwei"):
        assert f"Warning: {tmp_path / name}.md: voice espeak:en-us speaks en-us, the article is in de" in result.stderr


def test_a_worker_that_dies_fails_its_article_and_the_rest_go_on(tmp_path):
    import psutil

    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    names = [f"story-{number}" for number in range(5)]
    for number, name in enumerate(names):
        write_article(inbox / f"{name}.md", 1000, offset=number)
    command = [LISTEN, "convert", str(inbox), "-o", str(out), "--voice", "espeak:en-us", "-j", "2",
               "--report", str(tmp_path / "report.json")]  # fmt: skip
    batch = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    workers: list = []
    while time.time() < deadline and len(workers) < 2:  # the pool's two workers, converting
        workers = [p for p in psutil.Process(batch.pid).children()
                   if "spawn_main" in " ".join(p.cmdline()) and "resource_tracker" not in " ".join(p.cmdline())]  # fmt: skip
        time.sleep(0.1)
    time.sleep(1)
    workers[0].kill()  # as the kernel's out-of-memory killer would
    stdout, stderr = batch.communicate(timeout=180)
    assert batch.returncode == 1 and "Traceback" not in stderr, stderr
    outcomes = json.loads((tmp_path / "report.json").read_text())["articles"]
    failed = [o for o in outcomes if o["status"] == "failed"]
    assert 1 <= len(failed) <= 2  # the killed worker's article, and its neighbour's if the pool broke mid-way
    assert all("the worker converting it stopped" in o["reason"] for o in failed)
    assert len(outcomes) == len(names) and sum(o["status"] == "done" for o in outcomes) == len(names) - len(failed)
    for outcome in outcomes:
        if outcome["status"] == "done":
            assert probe(out / outcome["folder"] / outcome["audio"])["chapters"]


def test_a_worker_killed_while_it_reports_progress_does_not_stall_the_articles_after_it(tmp_path):
    """A worker can die while it writes its progress to the run, holding the lock of the queue
    all workers write to (the fake voice dies so on an article that asks it to): the articles
    after it are converted by a new pool, which must not wait for that lock."""
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    for number in range(4):
        write_article(inbox / f"story-{number}.md", 150, offset=number)
    (inbox / "story-1.md").write_text("# Doomed\n\nThis die-while-reporting article is never finished.\n")
    command = [LISTEN, "convert", str(inbox), "-o", str(out), *VOICE, "-j", "2", "--report", str(tmp_path / "r.json")]
    batch = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert batch.returncode == 1 and "Traceback" not in batch.stderr, batch.stderr
    outcomes = {
        o["key"].rsplit("/", 1)[-1]: o["status"] for o in json.loads((tmp_path / "r.json").read_text())["articles"]
    }
    assert outcomes["story-1.md"] == "failed"
    assert list(outcomes.values()).count("done") >= 2  # story-2 and story-3 at least: begun after the break


def test_ctrl_c_while_an_outcome_is_recorded_stops_the_workers_at_once(tmp_path):
    """The Ctrl-C can land while the run records a finished article, not only while it waits."""
    from multiprocessing import active_children

    from listen import Settings
    from listen import run as run_articles
    from listen.events import ArticleFinished

    inbox = tmp_path / "in"
    inbox.mkdir()
    for number in range(6):
        write_article(inbox / f"story-{number}.md", 1000, offset=number)

    def interrupt(event):
        if isinstance(event, ArticleFinished):
            raise KeyboardInterrupt

    others = set(active_children())
    try:
        run_articles([str(inbox)], Settings(voice="espeak:en-us", output=tmp_path / "out"), interrupt, jobs=2)
    except KeyboardInterrupt:
        still_running = set(active_children()) - others  # as the interrupt reaches the caller
    else:
        pytest.fail("the interrupt did not reach the caller")
    # No worker goes on converting. (A worker the pool's own thread has reaped can still look
    # alive to multiprocessing, which never learns its exit: its process is what counts.)
    assert [worker for worker in still_running if psutil.pid_exists(worker.pid)
            and psutil.Process(worker.pid).status() != psutil.STATUS_ZOMBIE] == []  # fmt: skip
    assert not [p for p in (tmp_path / "out").iterdir() if ".partial-" in p.name]


def test_another_format_is_added_beside_and_each_rerun_says_why(runner, tmp_path):
    """The same article in opus after mp3: both stay, each is "unchanged" afterwards; another
    speed makes new audio, and the old formats (at the old speed) go."""
    out = tmp_path / "out"

    def convert(*options: str) -> str:
        result = runner.invoke(main, ["convert", str(EXAMPLE), "-o", str(out), *VOICE, *options])
        assert result.exit_code == 0, result.output
        return result.output.strip()

    assert convert("--format", "mp3").endswith(": new")
    assert convert("--format", "opus").endswith(": another format, beside the others")
    assert convert("--format", "mp3").startswith(f"unchanged: {out / 'tide-mill' / 'tide-mill.mp3'} (")
    assert convert("--format", "opus").startswith(f"unchanged: {out / 'tide-mill' / 'tide-mill.opus'} (")
    made = {path.suffix for path in (out / "tide-mill").iterdir()}
    assert {".mp3", ".opus"} <= made
    assert convert("--format", "mp3", "--force").endswith(": forced")
    assert {".mp3", ".opus"} <= {path.suffix for path in (out / "tide-mill").iterdir()}
    assert convert("--format", "mp3", "--speed", "1.5").endswith(": other settings")
    assert ".opus" not in {path.suffix for path in (out / "tide-mill").iterdir()}


def test_a_folder_with_no_articles_is_a_warning(runner, tmp_path):
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "photo.jpg").write_bytes(b"\xff\xd8")
    result = runner.invoke(main, ["convert", str(tmp_path / "empty-dir-that-is-empty"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1  # no such folder: an error
    (tmp_path / "nothing").mkdir()
    result = runner.invoke(main, ["convert", str(tmp_path / "nothing"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert f"Warning: no articles in {tmp_path / 'nothing'} (they end in .htm, .html" in result.output


def test_a_dry_run_says_what_would_be_made_and_writes_nothing(runner, tmp_path):
    inbox, out = make_inbox(tmp_path / "in"), tmp_path / "out"
    result = run(runner, "convert", inbox, "-r", "-o", out, *VOICE, "--speed", "1.5", "--dry-run", "--json")
    assert result.exit_code == 1  # scan.txt and empty.md would fail
    planned = {Path(row["key"]).name: row for row in map(json.loads, result.stdout.splitlines())}
    assert not out.exists()
    mill = planned["mill.txt"]
    assert (mill["status"], mill["reason"], mill["voice"], mill["speed"]) == ("to convert", "new", "fake:tones", 1.5)
    assert mill["title"] == "Volunteers bring a 200-year-old tide mill back to work" and mill["words"] > 400
    assert 60 < mill["seconds"] < 240  # about two minutes of audio at 1.5x
    assert planned["empty.md"]["status"] == "failed" and planned["photo.jpg"]["status"] == "skipped"


def test_json_gives_an_object_per_article_and_name_names_the_folder(runner, tmp_path):
    out = tmp_path / "out"
    result = run(runner, "convert", EXAMPLE, "-o", out, *VOICE, "--name", "For the walk", "--json")
    assert result.exit_code == 0, result.output
    (article,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (article["status"], article["folder"], article["audio"]) == ("done", "for-the-walk", "for-the-walk.mp3")
    assert (out / "for-the-walk" / "for-the-walk.mp3").exists()
    assert run(runner, "convert", EXAMPLE, EXAMPLE, "--name", "x", "-o", out, *VOICE).exit_code == 2
