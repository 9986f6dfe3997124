"""The `listen` command: a thin front end over the `listen` library.

Each command turns its flags into settings, calls one library function and prints; every
ListenError (and every OSError, such as a full disk) becomes one `Error: ...` line and exit
status 1. Set LISTEN_DEBUG=1 to see the traceback instead.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from dataclasses import asdict
from functools import partial
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

from listen.cleaner import clean as clean_article
from listen.convert import Report, duration, plan, run
from listen.convert import describe as describe_outcome
from listen.doctor import run_checks
from listen.errors import ListenError, describe_os_error
from listen.events import Outcome
from listen.feed import DEFAULT_TITLE, episodes, remembered, write_feed
from listen.formats import FORMATS
from listen.importers import TAG_USES, read_import, saved_job
from listen.jobs import Job, read_list
from listen.output import write_atomically
from listen.pipeline import preview
from listen.progress import RunView, cut
from listen.read import read_source
from listen.segment import segment
from listen.serve import make_server
from listen.settings import EXAMPLE_CONFIG, Settings, config_lines, config_path, load_settings, megabytes
from listen.slug import slugify
from listen.speed import PRESETS, describe
from listen.subscriptions import DEFAULT_LIMIT, subscribe, unsubscribe, update
from listen.voice_install import catalogue, find, install, installed, remove
from listen.watch import watch
from listen.workers import available_cores
from voices.piper import VOICE_DIR_VARIABLE
from voices.registry import all_voices, backends, find_voice, listing

PLAYERS = (["ffplay", "-nodisp", "-autoexit", "-loglevel", "quiet"], ["paplay"], ["aplay", "-q"],
           ["afplay"])  # fmt: skip


class ListenGroup(click.Group):
    """Turns the library's errors into one line and a non-zero exit, in one place."""

    def invoke(self, ctx: click.Context):
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()  # a closed pipe shows here, not in Python's clean-up at exit
        except BrokenPipeError:  # `listen voices | head`: the reader has all it wants
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush at exit
            sys.exit(0)
        except (ListenError, OSError) as error:  # OSError: a full disk, a file-size limit
            if os.environ.get("LISTEN_DEBUG"):
                raise
            message = str(error) if isinstance(error, ListenError) else describe_os_error(error)
            raise click.ClickException(message) from None
        except KeyboardInterrupt:
            click.echo(
                "Interrupted; nothing half-written was left. The same command again finishes the rest.", err=True
            )
            sys.exit(130)


class SectionedCommand(click.Command):
    """A command whose help lists its options under headings (`sections`: heading -> option
    names), so that what only a batch uses stands apart from what every conversion uses."""

    sections: dict[str, list[str]] = {}

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        records = {param.name: param.get_help_record(ctx) for param in self.get_params(ctx)
                   if isinstance(param, click.Option)}  # fmt: skip
        for heading, names in [*self.sections.items(), ("Other options", [n for n in records if
                                not any(n in names for names in self.sections.values())])]:  # fmt: skip
            rows = [records[name] for name in names if records.get(name)]
            if rows:
                with formatter.section(heading):
                    formatter.write_dl(rows)


class ConvertCommand(SectionedCommand):
    sections = {
        "Voice and sound": ["voice", "speed", "audio_format", "words", "lexicon", "voice_dir"],
        "Where and what": ["output", "name", "force", "dry_run", "max_size"],
        "Many articles": ["recursive", "list_file", "jobs", "scheduler", "watched", "report"],
        "What it prints": ["quiet", "verbose", "as_json"],
    }


def use_voice_dir(voice_dir: Path | None) -> None:
    """Voice backends look for voice models in LISTEN_VOICE_DIR, first."""
    if voice_dir is not None:
        os.environ[VOICE_DIR_VARIABLE] = os.pathsep.join(
            [str(voice_dir), *filter(None, [os.environ.get(VOICE_DIR_VARIABLE)])]
        )


@click.group(cls=ListenGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="listen-articles")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Turn saved web articles into chaptered audio, offline.

    \b
      listen convert article.html -o ~/Listen     one article
      listen convert ~/Saved -o ~/Listen          a folder of them, side by side
      listen serve ~/Listen                       listen in a browser or podcast app
    """
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop_as_interrupted)
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


def stop_as_interrupted(signum: int, frame: object) -> None:
    """A stop the system asks for (`kill`, a service manager, `timeout`) ends a run as Ctrl-C
    does: the batch's workers stopped with it, nothing half-written left. By default it would
    end this process alone, and the workers would go on converting."""
    raise KeyboardInterrupt


speed_help = f"1.0 to 2.0 (1.5 or 1.5x), or {', '.join(f'{n} ({describe(s)})' for n, s in PRESETS.items())}."
voice_dir_option = click.option("--voice-dir", type=click.Path(path_type=Path, file_okay=False),
                                help="A folder of Piper voice models (.onnx + .onnx.json).")  # fmt: skip


@main.command(name="convert", cls=ConvertCommand)
@click.argument("inputs", nargs=-1)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Folder to write the articles' folders into (default: the current folder).",
)
@click.option("--voice", help="A voice: backend:id, an id or name, female or male (default: the config's, else "
              "the best installed voice for the article's language).")  # fmt: skip
@click.option("--speed", help=speed_help + " Default: the config's, else 1.0.")
@click.option("--format", "audio_format", help=f"One of {', '.join(FORMATS)} (default: the config's, else mp3).")
@click.option("--force", is_flag=True, help="Convert again even what is unchanged.")
@click.option("--words", is_flag=True, help="Time each word in the transcripts, where the voice says when words start "
              "(espeak-ng; Piper and Kokoro give sentences only).")  # fmt: skip
@click.option(
    "--lexicon",
    type=click.Path(path_type=Path),
    help="A pronunciation lexicon (`written = spoken` lines) to add to the default.",
)
@voice_dir_option
@click.option("--max-size", type=float, help="Refuse inputs larger than this many MB (default 10).")
@click.option("-q", "--quiet", is_flag=True, help="No progress, only warnings and the summary.")
@click.option("-v", "--verbose", is_flag=True, help="A plain line as each article starts, no bars.")
@click.option("-r", "--recursive", is_flag=True, help="Convert sub-folders too, keeping their structure.")
@click.option("--list", "list_file", help="A file naming the inputs, one a line (- for stdin).")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=available_cores(),
    show_default=True,
    help="Articles converted side by side.",
)
@click.option("--scheduler", help="Convert on a Dask cluster: the scheduler's address (tcp://host:8786).")
@click.option("--report", type=click.Path(path_type=Path), help="Write the run's outcome as JSON.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per article on stdout, not the summary.")
@click.option(
    "-n", "--dry-run", is_flag=True, help="Say what would be converted, with which voice and how long; write nothing."
)
@click.option("--name", help="The folder and file name for a single input (default: from its file name or title).")
@click.option("--watch", "watched", type=click.Path(path_type=Path, file_okay=False),
              help="Convert what is in this folder, then what appears or changes in it, until Ctrl-C.")  # fmt: skip
def convert_command(inputs, output, voice, speed, audio_format, force, words, lexicon, voice_dir, max_size, quiet,
                    verbose, recursive, list_file, jobs, scheduler, report, as_json, dry_run, name, watched) -> None:  # fmt: skip
    """Convert articles (files, folders, URLs, or - for stdin) to audio.

    Each article gets a folder of its own in OUTPUT. Many are converted in parallel; a second
    run redoes only what changed or failed. The exit status is 0 only when nothing failed.

    \b
      listen convert saved.html                        into ./<title>/<title>.mp3
      listen convert ~/Saved -r -o ~/Listen --speed 1.5
      listen convert https://example.com/story --voice female --format m4b
      listen convert ~/Saved --dry-run                 what would be made, how long
    """
    use_voice_dir(voice_dir)
    settings = load_settings(
        voice=voice, speed=speed, audio_format=audio_format, output=output, force=force or None,
        words=words or None, lexicon=lexicon, max_bytes=None if max_size is None else megabytes(max_size),
    )  # fmt: skip
    inputs = [*inputs, *(read_list(list_file) if list_file else [])]
    if watched:
        if inputs:
            raise click.UsageError("--watch converts the folder it watches: give no other input")
        watch_folder(watched, settings, recursive, jobs, scheduler)
        return
    if not inputs:
        raise click.UsageError("give an article, a folder, or --list FILE")
    if name is not None:
        inputs = [named_job(inputs, name)]
    if dry_run:
        planned = plan(inputs, settings, recursive)
        for article in planned:
            click.echo(json.dumps(asdict(article), ensure_ascii=False) if as_json else describe_plan(article, settings))
        sys.exit(1 if any(article.status == "failed" for article in planned) else 0)
    with RunView(settings.speed, quiet or as_json, verbose) as view:
        outcome = run(inputs, settings, view, recursive, jobs, scheduler)
    finish(outcome, report, as_json)


def named_job(inputs: list[str], name: str) -> Job:
    """`--name`: the one input, in a folder (and files) of that name."""
    if len(inputs) != 1 or inputs[0] == "-" or Path(inputs[0]).is_dir():
        raise click.UsageError("--name names a single article: one file or address")
    return Job(inputs[0], inputs[0], slugify(name))


def describe_plan(planned: Outcome, settings: Settings) -> str:
    if planned.status != "to convert":
        return describe_outcome(planned, settings.output)
    where = settings.output / planned.folder
    return (f"to convert: {planned.key} -> {where}/ {json.dumps(planned.title, ensure_ascii=False)} "
            f"({planned.words} words, {planned.voice}, about {duration(planned.seconds)} at {planned.speed:g}x; {planned.reason})")  # fmt: skip


def finish(outcome: Report, report: Path | None = None, as_json: bool = False) -> None:
    """Say what a run did (its summary, or a JSON object per article), write its report, and
    exit 1 if anything failed."""
    for message in outcome.warnings:
        click.echo(f"Warning: {message}", err=True)
    if report:
        outcome.write(report)
    if as_json:
        for article in outcome.outcomes:
            click.echo(json.dumps(asdict(article), ensure_ascii=False))
    elif len(outcome.outcomes) == 1 and outcome.failed:  # one article: its reason is the error
        raise ListenError(outcome.summary().removeprefix("failed: "))
    elif outcome.outcomes:
        click.echo(outcome.summary())
    sys.exit(outcome.exit_code)


def watch_folder(folder: Path, settings: Settings, recursive: bool, jobs: int, scheduler: str | None) -> None:
    """`convert --watch`: every run's summary as it ends; Ctrl-C stops watching (exit 0)."""

    def say(outcome: Report) -> None:
        for message in outcome.warnings:
            click.echo(f"Warning: {message}", err=True)
        done = [o for o in outcome.outcomes if o.status != "unchanged"]
        if done:
            click.echo(Report(outcome.output, done).summary())

    click.echo(f"Watching {folder} (Ctrl-C stops)", err=True)
    try:
        with RunView(settings.speed, quiet=True) as view:  # warnings only: bars do not fit a long-lived watch
            watch(folder, settings, say, view, recursive, jobs, scheduler)
    except KeyboardInterrupt:
        click.echo(f"Stopped watching {folder}.", err=True)


jobs_option = click.option("-j", "--jobs", type=click.IntRange(min=1), default=available_cores(), show_default=True,
                           help="Articles converted side by side.")  # fmt: skip
scheduler_option = click.option("--scheduler", help="Convert on a Dask cluster: the scheduler's address.")
out_option = click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False),
                          help="The output folder (default: the config's, else the current folder).")  # fmt: skip


@main.command(name="subscribe")
@click.argument("feed_url")
@out_option
@click.option("--voice", help="The voice for this folder's articles.")
@click.option("--speed", help=speed_help)
@click.option("--format", "audio_format", help=f"One of {', '.join(FORMATS)} (default mp3).")
@click.option("--limit", type=click.IntRange(min=1), default=DEFAULT_LIMIT, show_default=True,
              help="How many of the feed's newest entries to convert.")  # fmt: skip
@jobs_option
@scheduler_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def subscribe_command(feed_url, output, voice, speed, audio_format, limit, jobs, scheduler, quiet) -> None:
    """Subscribe OUTPUT to a site's RSS or Atom feed and convert its newest articles.

    `listen update OUTPUT` (from cron or a systemd timer) converts what is new later.

    \b
      listen subscribe https://example.com/feed.xml -o ~/Listen --limit 5 --speed 1.5
    """
    settings = load_settings(voice=voice, speed=speed, audio_format=audio_format, output=output)
    chosen = {"voice": voice, "speed": speed and settings.speed, "audio_format": audio_format and settings.audio_format}
    feed = subscribe(settings.output, feed_url, {k: v for k, v in chosen.items() if v}, limit)
    click.echo(f"Subscribed {settings.output} to {feed.title or feed_url}", err=True)
    with RunView(settings.speed, quiet) as view:
        outcome = update(settings.output, settings, view, jobs, scheduler, fetched={feed_url: feed})
    finish(outcome)


@main.command(name="update")
@click.argument("out", required=False, type=click.Path(path_type=Path, file_okay=False))
@jobs_option
@scheduler_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def update_command(out, jobs, scheduler, quiet) -> None:
    """Convert what is new in every feed OUT is subscribed to (safe to run from cron).

    \b
      5 * * * * listen update ~/Listen -q        (crontab: every hour at :05)
    """
    settings = load_settings(output=out)
    with RunView(settings.speed, quiet) as view:
        outcome = update(settings.output, settings, view, jobs, scheduler)
    if not outcome.outcomes:
        click.echo("Nothing new.", err=True)
    finish(outcome)


@main.command(name="unsubscribe")
@click.argument("feed_url")
@out_option
def unsubscribe_command(feed_url, output) -> None:
    """Stop converting a feed's new articles (what was converted stays)."""
    settings = load_settings(output=output)
    unsubscribe(settings.output, feed_url)
    click.echo(f"Unsubscribed {settings.output} from {feed_url}", err=True)


@main.command(name="import")
@click.argument("file")
@out_option
@click.option("--tags", "tags_as", type=click.Choice(TAG_USES),
              help="Use each article's tags as its genre, or its first tag as its folder.")  # fmt: skip
@click.option("--voice", help="A voice: backend:id, an id or name, female or male.")
@click.option("--speed", help=speed_help)
@click.option("--format", "audio_format", help=f"One of {', '.join(FORMATS)} (default mp3).")
@jobs_option
@scheduler_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def import_command(file, output, tags_as, voice, speed, audio_format, jobs, scheduler, quiet) -> None:
    """Convert a reading list from another service: a Pocket or Instapaper CSV export, a
    Wallabag or Readeck JSON export, a list of URLs; an OPML file's feeds become subscriptions.

    \b
      listen import pocket-export.csv -o ~/Listen --tags folder
    """
    settings = load_settings(voice=voice, speed=speed, audio_format=audio_format, output=output)
    reading_list = read_import(file)
    click.echo(f"{file}: {reading_list.format}, {len(reading_list.articles)} articles, "
               f"{len(reading_list.feeds)} feeds", err=True)  # fmt: skip
    skipped = [Outcome(row, "skipped", "not an http or https address") for row in reading_list.skipped]
    for url in reading_list.feeds:
        try:
            click.echo(f"Subscribed to {subscribe(settings.output, url).title or url}", err=True)
        except ListenError as error:
            skipped.append(Outcome(url, "failed", str(error)))
    if reading_list.feeds:
        click.echo(f"Run `listen update {settings.output}` to convert their articles.", err=True)
    jobs_found = [saved_job(saved, tags_as or "") for saved in reading_list.articles]
    with RunView(settings.speed, quiet) as view:
        outcome = (
            run(jobs_found, settings, view, jobs=jobs, scheduler=scheduler) if jobs_found else Report(settings.output)
        )
    outcome.outcomes += skipped
    finish(outcome)


@main.command(name="clean")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input (JSON Lines).")
@click.option("--spoken", is_flag=True, help="Show the text exactly as the voice receives it.")
@click.option(
    "--lexicon", type=click.Path(path_type=Path), help="A pronunciation lexicon to add to the default (with --spoken)."
)
@click.option("--max-size", type=float, help="Refuse inputs larger than this many MB (default 10).")
def clean_command(inputs, as_json, spoken, lexicon, max_size) -> None:
    """Print what would be read aloud, as Markdown (or JSON).

    \b
      listen clean page.html                 the article as it will be read
      listen clean page.html --spoken        exactly what the voice receives
    """
    settings = load_settings(lexicon=lexicon, max_bytes=None if max_size is None else megabytes(max_size))
    for location in inputs:
        article = clean_article(read_source(location, settings.max_bytes))
        if spoken:  # a piece a line, a blank line between chapters
            for section in segment(article, settings.load_lexicon()):
                click.echo("\n".join(piece.text for piece in section.pieces) + "\n")
        elif as_json:
            click.echo(json.dumps(article.to_dict() | {"input": location}, ensure_ascii=False))
        else:
            click.echo(article.to_markdown())


@main.group(name="voices", invoke_without_command=True)
@click.option("-s", "--search", "query", help="Only voices whose id, name or language has this.")
@click.option("--lang", help="Only voices of this language (en matches en-us and en-gb).")
@click.option("--backend", help="Only voices of this backend.")
@click.option("--gender", type=click.Choice(["female", "male"]), help="Only female or male voices.")
@click.option("--all", "variants", is_flag=True, help="Also each voice's variants (espeak's en-us+f3 and the like).")
@click.option("--json", "as_json", is_flag=True, help="A JSON array, for scripts.")
@voice_dir_option
@click.pass_context
def voices_command(ctx, query, lang, backend, gender, variants, as_json, voice_dir) -> None:
    """List the installed voices, the better first; `listen voices preview VOICE` speaks one.

    \b
      listen voices --lang de          German voices
      listen voices preview piper:en_US-joe-medium
    """
    if ctx.invoked_subcommand is not None:
        return
    use_voice_dir(voice_dir)
    if backend and backend not in backends():
        raise ListenError(f"unknown voice backend {backend!r} (installed: {', '.join(backends())})")
    chosen = [
        voice
        for voice in all_voices()
        if (not lang or voice.language.lower().startswith(lang.lower()))
        and (not backend or voice.backend == backend)
        and (not gender or voice.gender == gender)
        and (not query or query.lower() in f"{voice.address} {voice.name} {voice.language}".lower())
    ]
    if as_json:
        click.echo(json.dumps([voice.to_dict() for voice in chosen], ensure_ascii=False, indent=2))
        return
    if not chosen:
        asked = " ".join(f"{flag} {value}" for flag, value in [("--search", query), ("--lang", lang),
                         ("--backend", backend), ("--gender", gender)] if value)  # fmt: skip
        click.echo(f"No installed voice matches {asked}. `listen voices` lists them all; `listen voices "
                   f"available` lists Piper voices to install; `listen doctor` says which engines are missing.",
                   err=True)  # fmt: skip
        return
    configured = load_settings().voice_for("en")
    default = find_voice(configured, "en")
    why = "your config's voice" if configured else "for English articles, the best installed voice"
    speeds = {name: getattr(engine, "speed_class", "") for name, engine in backends().items()}
    rows = [[("* " if voice == default else "  ") + voice.address, voice.name, voice.language[:10], voice.gender,
             voice.quality, speeds.get(voice.backend, ""), f"+{folded}" if folded else ""]
            for voice, folded in listing(tuple(chosen), variants)]  # fmt: skip
    header = ["  voice", "name", "language", "gender", "quality", "speed", "variants" if not variants else ""]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    widths[1] = max(18, min(widths[1], TABLE_COLUMNS - sum(widths) + widths[1] - 2 * (len(widths) - 1)))
    lines = ["  ".join(cut(cell, width).ljust(width) for cell, width in zip(row, widths)).rstrip()
             for row in [header, *rows]]  # fmt: skip
    if any(voice == default for voice in chosen):
        lines.append(f"\n* the default: {why}\n  (`voice` in the config file chooses another: see `listen config`)")
    lines.append(f"{len(rows)} voice{'s' if len(rows) != 1 else ''}" + ("" if variants else "; --all shows variants"))
    text = "\n".join(lines)
    if sys.stdout.isatty() and len(lines) > shutil.get_terminal_size().lines:
        click.echo_via_pager(text)
    else:
        click.echo(text)


@voices_command.command(name="available")
@click.option("--lang", help="Only voices of this language (en matches en_US and en_GB).")
def available_command(lang) -> None:
    """List the voices the catalogue offers (installed ones marked): Piper's public catalogue,
    or LISTEN_VOICE_CATALOGUE's.

    \b
      listen voices available --lang de
      listen voices install de_DE-thorsten-medium
    """
    offered = [voice for voice in catalogue() if not lang or voice.language.lower().startswith(lang.lower())]
    if not offered:
        raise ListenError(f"the catalogue has no voice for {lang!r}")
    for voice in offered:
        mark = "installed" if installed(voice) else ""
        click.echo(f"{voice.name:<40} {voice.backend:<7} {voice.language:<8} {voice.quality:<8} "
                   f"{voice.size / 1e6:>5.0f} MB  {mark}".rstrip())  # fmt: skip
    click.echo(f"{len(offered)} voices; `listen voices install NAME` installs one", err=True)


@voices_command.command(name="install")
@click.argument("names", nargs=-1, required=True)
def install_command(names) -> None:
    """Download voices from the catalogue into your voice folder (checked, atomic)."""
    offered = catalogue()
    chosen = [find(name, offered) for name in names]  # every name checked before any download
    console = Console(stderr=True)
    for voice in chosen:
        with Progress(TextColumn(voice.name), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                      console=console, transient=True, disable=not console.is_terminal) as progress:  # fmt: skip
            task = progress.add_task(voice.name, total=voice.size)
            path = install(voice, partial(progress.advance, task))
        click.echo(f"Installed {voice.backend}:{voice.name} in {path.parent}")


@voices_command.command(name="remove")
@click.argument("name")
def remove_command(name) -> None:
    """Delete a voice that `listen voices install` installed."""
    for path in remove(name):
        click.echo(f"Removed {path}")


TABLE_COLUMNS = 80


@voices_command.command(name="preview")
@click.argument("voice")
@click.option("--speed", help=speed_help)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="The sample file (its suffix picks the format; default preview.wav).",
)
@voice_dir_option
def preview_command(voice, speed, output, voice_dir) -> None:
    """Speak a short sample in VOICE to a file, and play it where a player exists."""
    use_voice_dir(voice_dir)
    settings = load_settings(speed=speed)
    path = preview(voice, settings.speed, output or Path("preview.wav"))
    click.echo(f"{path}: {voice} at {describe(settings.speed)}")
    player = next((p for p in PLAYERS if shutil.which(p[0])), None)
    if player and sys.stdout.isatty():
        subprocess.run([*player, str(path)], check=False)


@main.command(name="feed")
@click.argument("out", type=click.Path(path_type=Path, file_okay=False))
@click.option("--base-url", help="Where OUT is served (for podcast apps), e.g. http://192.168.1.5:8000.")
@click.option("--title", help=f"The podcast's title (default: {DEFAULT_TITLE}).")
@click.option("--email", help="The owner's email, which Apple Podcasts asks of a feed.")
def feed_command(out, base_url, title, email) -> None:
    """Write OUT/feed.xml (a podcast of every article in OUT) and OUT/index.html (a player).

    What is not given is what the last `listen feed OUT` was given; conversions into OUT keep
    the feed up to date.

    \b
      listen feed ~/Listen --base-url http://192.168.1.5:8000 --title "Saved for the walk"
    """
    known = remembered(out) if out.is_dir() else None
    known = known or {"base_url": "", "title": "", "email": ""}
    base_url = known["base_url"] if base_url is None else base_url
    path = write_feed(
        out, base_url, known["title"] if title is None else title, known["email"] if email is None else email
    )
    count = len(episodes(out))
    click.echo(f"{path} and {path.with_name('index.html')}: {count} article{'' if count == 1 else 's'}")
    if not base_url:
        click.echo("Warning: without --base-url a podcast app cannot fetch the audio; give the address "
                   f"OUT is served at (`listen serve {out}` prints it)", err=True)  # fmt: skip


@main.command(name="serve")
@click.argument("out", type=click.Path(path_type=Path, file_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
def serve_command(out, host, port) -> None:
    """Serve OUT: its player for a browser, its feed for a podcast app (written first if
    OUT has none). --host 0.0.0.0 lets a phone on the same network reach it.

    \b
      listen serve ~/Listen --host 0.0.0.0 --port 8000
    """
    server = make_server(out, host, port)
    address = f"http://{f'[{host}]' if ':' in host else host}:{server.server_address[1]}/"
    if not (out / "feed.xml").exists():
        write_feed(out, address)
    click.echo(f"Serving {out} at {address} (Ctrl-C stops)\n  player: {address}\n  feed:   {address}feed.xml")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command(name="doctor")
def doctor_command() -> None:
    """Check every dependency and voice backend; say how to fix what does not work."""
    checks = run_checks()
    for check in checks:
        mark = "ok  " if check.ok else ("FAIL" if check.required else "warn")
        fix = f"  -> {check.fix}" if not check.ok and check.fix else ""
        click.echo(f"{mark}  {check.name}: {check.detail}{fix}")
    if any(check.required and not check.ok for check in checks):
        sys.exit(1)


@main.group(name="config", invoke_without_command=True)
@click.pass_context
def config_command(ctx) -> None:
    """Show the config file's place and the settings in effect, as lines the file accepts;
    `listen config init` writes a commented example to start from."""
    if ctx.invoked_subcommand is not None:
        return
    path, settings = config_path(), load_settings()
    click.echo(f"# {path}{'' if path.exists() else ' (not created yet: `listen config init` writes one)'}")
    click.echo("\n".join(config_lines(settings, path)))


@config_command.command(name="init")
@click.option("--force", is_flag=True, help="Replace a config file that exists.")
def config_init_command(force) -> None:
    """Write a commented example config file (every setting, with what it does)."""
    path = config_path()
    if path.exists() and not force:
        raise ListenError(f"{path} exists (use --force to replace it)")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, EXAMPLE_CONFIG)
    click.echo(f"Wrote {path}")


if __name__ == "__main__":
    main()
