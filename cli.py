"""The `listen` command: a thin front end over the `listen` library.

Each command builds its settings, calls one library function and prints; every ListenError
becomes one `Error: ...` line and exit status 1 (set LISTEN_DEBUG=1 to see the traceback).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
from tqdm import tqdm

from listen import ListenError, Settings, convert
from listen.clean import clean as clean_article
from listen.export import FORMATS
from listen.pipeline import Progress
from listen.read import read_source
from listen.segment import segment
from listen.settings import DEFAULT_MAX_MB


class ListenGroup(click.Group):
    """Turns the library's errors into one line and a non-zero exit, in one place."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (ListenError, OSError) as error:  # OSError: a full disk, a file-size limit
            if os.environ.get("LISTEN_DEBUG"):
                raise
            message = str(error) if isinstance(error, ListenError) else describe_os_error(error)
            raise click.ClickException(message) from None
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing half-written was left.", err=True)
            sys.exit(130)


def describe_os_error(error: OSError) -> str:
    where = f" ({error.filename})" if error.filename else ""
    return f"{error.strerror or error}{where}"


@click.group(cls=ListenGroup)
@click.version_option(package_name="listen-articles")
def main() -> None:
    """Turn saved web articles into chaptered audio, offline."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("."),
              help="Folder to write the article's folder into.", show_default=True)
@click.option("--voice", help="A voice: backend:id, an id or name, female or male.")
@click.option("--speed", default="1.0", show_default=True,
              help="1.0 to 2.0 (1.5 or 1.5x), or slow, average, fast.")
@click.option("--format", "audio_format", default="mp3", show_default=True,
              help=f"One of {', '.join(FORMATS)}.")
@click.option("--force", is_flag=True, help="Replace an existing result.")
@click.option("--lexicon", type=click.Path(path_type=Path),
              help="A pronunciation lexicon (`written = spoken` lines) to add to the default.")
@click.option("--max-size", type=float, default=DEFAULT_MAX_MB, show_default=True,
              help="Refuse inputs larger than this many megabytes.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def convert_command(inputs, output, voice, speed, audio_format, force, lexicon, max_size, quiet):
    """Convert articles (files, URLs, or - for stdin) to audio."""
    settings = Settings(
        voice=voice,
        speed=speed,
        audio_format=audio_format,
        output=output,
        force=force,
        max_bytes=int(max_size * 1_000_000),
        lexicon=lexicon,
    )
    for location in inputs:
        result = convert(location, settings, progress_bar(quiet))
        click.echo(result.summary())


main.add_command(convert_command, name="convert")


def progress_bar(quiet: bool) -> Progress:
    """A bar on stderr (chapters and minutes of audio), only when stderr is a terminal."""
    if quiet or not sys.stderr.isatty():
        return Progress(on_warning=lambda message: click.echo(f"Warning: {message}", err=True))
    bar = tqdm(total=0, unit="s", desc="speaking", leave=False, dynamic_ncols=True)

    def start(sections) -> None:
        bar.total = sum(len(section.text) for section in sections) / 15  # about 15 chars/s
        bar.refresh()

    def audio(seconds: float) -> None:
        bar.update(seconds)
        if bar.n >= bar.total:
            bar.close()

    return Progress(
        on_start=start,
        on_audio=audio,
        on_warning=lambda message: bar.write(f"Warning: {message}", file=sys.stderr),
    )


@main.command(name="clean")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input (JSON Lines).")
@click.option("--spoken", is_flag=True, help="Show the text exactly as the voice receives it.")
@click.option("--lexicon", type=click.Path(path_type=Path),
              help="A pronunciation lexicon to add to the default (with --spoken).")
@click.option("--max-size", type=float, default=DEFAULT_MAX_MB, show_default=True,
              help="Refuse inputs larger than this many megabytes.")
def clean_command(inputs, as_json, spoken, lexicon, max_size) -> None:
    """Print what would be read aloud, as Markdown (or JSON)."""
    settings = Settings(lexicon=lexicon, max_bytes=int(max_size * 1_000_000))
    for location in inputs:
        article = clean_article(read_source(location, settings.max_bytes))
        if spoken:  # a piece a line, a blank line between chapters
            for section in segment(article, settings.load_lexicon()):
                click.echo("\n".join(piece.text for piece in section.pieces) + "\n")
        elif as_json:
            click.echo(json.dumps(article.to_dict() | {"input": location}, ensure_ascii=False))
        else:
            click.echo(article.to_markdown())


if __name__ == "__main__":
    main()
