"""Pages and helpers the cleaner's tests share: a story's paragraphs (in English and the other
languages listen knows), an HTML page around them, a news site's menu, a wiki's lines, the file to
read them from and what a listener hears of the article."""

from __future__ import annotations

import re
from pathlib import Path

from listen import clean, read_source
from listen.model import Article

from .conftest import EXPECTED

ROOT = Path(__file__).resolve().parents[1]


def paragraphs(markdown: str) -> list[str]:
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", markdown) if block.strip()]


MORE = ROOT.parent / "shared" / "data" / "articles-more"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


BODY = (
    "The council voted on Tuesday to close the old bridge to cars for the whole winter, "
    "after engineers found that two of its supports had cracked in the cold last year."
)


HTML_PAGE = f"""<!doctype html><html lang="en"><head><title>Bridge closes - Town News</title>
<meta name="author" content="Ann Example"><meta property="og:site_name" content="Town News">
<meta property="article:published_time" content="2024-03-05"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge closes for the winter</h1>
<p>{BODY}</p><h2>What drivers should do</h2><p>{BODY.replace("council", "mayor")}</p>
<p>{BODY.replace("bridge", "tunnel")}</p></article>
<footer>Copyright 2024 Town News. All rights reserved.</footer></body></html>"""


def html_story(paragraphs: list[str]) -> str:
    """HTML_PAGE with these paragraphs as its article."""
    page = HTML_PAGE.split("<article>")[0] + "<article><h1>Bridge closes for the winter</h1>"
    return page + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs) + "</article></body></html>"


def copied(tmp_path: Path, lines: list[str]) -> Article:
    """The article cleaned from these lines, copied as a browser sets them: a blank line between."""
    return clean(read_source(str(write(tmp_path / "copied.txt", "\n\n".join(lines))), 10**6))


def headings_and_paragraphs(article: Article) -> list[str]:
    """What a listener hears of the body, in order."""
    return [text for chapter in article.chapters for text in [chapter.title, *chapter.paragraphs] if text]


def story(count: int) -> list[str]:
    """`count` different paragraphs of one story."""
    places = ["bridge", "tunnel", "ferry", "road", "crossing", "station", "harbour", "square", "market"]
    return [BODY.replace("bridge", place).replace("Tuesday", f"day {n}") for n, place in enumerate(places[:count])]


def example_paragraphs() -> list[str]:
    """The example article's paragraphs of prose (its headings and short lines left out)."""
    return [line for line in EXPECTED.read_text(encoding="utf-8").splitlines() if len(line.split()) > 20]


STORY_ALONE = [
    "The town asks readers which bridge to rebuild first",
    BODY,
    "Three crossings are on the council's list, and readers can vote for one of them until Friday",
    "Mill Lane footbridge", "Harbour Road bridge", "Old railway viaduct",
    "A winter on the river",
    "The ice came early,", "and the ferry stayed moored,", "so the town walked the long way round.",
    "Engineers will survey the winner in spring.",
    "So which would you choose?",
]  # fmt: skip


OTHER_STORIES = ["Harbour festival returns after a four-year break", "Schools set new term dates for the autumn",
                 "Police appeal for witnesses after a crash on the ring road", "Library opens on Sundays from May"]  # fmt: skip


NEWS_MENU = ["Home", "World", "U.S.", "Politics", "Business", "Sports", "Opinion", "Arts", "Travel", "Jobs", "Autos"]


FRENCH_STORY = [
    "La mairie a décidé mardi de fermer le vieux pont aux voitures pendant tout l'hiver, après que des ingénieurs "
    "ont trouvé deux piliers fissurés par le froid de l'an dernier.",
    "Les piétons et les cyclistes pourront toujours traverser, mais les bus passeront par le pont du port, ce qui "
    "allongera le trajet de dix minutes environ.",
    "Les commerçants du quartier craignent de perdre une partie de leurs clients pendant les travaux, qui doivent "
    "durer jusqu'au mois d'avril.",
    "Le maire a promis de publier chaque semaine l'avancement du chantier sur le site de la ville et dans le journal.",
]


PORTUGUESE_STORY = [
    "A prefeitura decidiu na terça-feira fechar a velha ponte para os carros durante todo o inverno, depois que "
    "engenheiros encontraram dois pilares rachados pelo frio do ano passado.",
    "Pedestres e ciclistas ainda poderão atravessar, mas os ônibus passarão pela ponte do porto, o que deve "
    "aumentar a viagem em cerca de dez minutos.",
    "Os comerciantes do bairro temem perder parte dos clientes durante as obras, que devem durar até o mês de abril.",
    "O prefeito prometeu publicar toda semana o andamento das obras no site da cidade e no jornal local.",
]


GERMAN_STORY = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke den ganzen Winter über für Autos zu sperren, weil "
    "Ingenieure zwei gerissene Pfeiler gefunden haben.",
    "Fußgänger und Radfahrer können die Brücke weiter benutzen, aber die Busse fahren über die Hafenbrücke, was die "
    "Fahrt um etwa zehn Minuten verlängert.",
    "Die Geschäftsleute im Viertel fürchten, während der Bauarbeiten einen Teil ihrer Kunden zu verlieren, die bis "
    "in den April dauern sollen.",
    "Der Bürgermeister hat versprochen, jede Woche auf der Seite der Stadt und in der Zeitung über den Stand der "
    "Arbeiten zu berichten.",
]


ITALIAN_STORY = [
    "Il consiglio comunale ha deciso martedì di chiudere il vecchio ponte alle auto per tutto l'inverno, dopo che "
    "gli ingegneri hanno trovato due piloni incrinati dal freddo.",
    "Pedoni e ciclisti potranno ancora attraversarlo, ma gli autobus passeranno dal ponte del porto, e il viaggio "
    "durerà circa dieci minuti in più.",
    "I commercianti del quartiere temono di perdere una parte dei clienti durante i lavori, che dovrebbero durare "
    "fino ad aprile.",
    "Il sindaco ha promesso di pubblicare ogni settimana lo stato dei lavori sul sito del comune e sul giornale.",
]


SPANISH_STORY = [
    "El ayuntamiento decidió el martes cerrar el viejo puente a los coches durante todo el invierno, después de que "
    "los ingenieros encontraran dos pilares agrietados por el frío.",
    "Los peatones y los ciclistas podrán seguir cruzando, pero los autobuses pasarán por el puente del puerto, y el "
    "viaje durará unos diez minutos más.",
    "Los comerciantes del barrio temen perder parte de sus clientes durante las obras, que deberían durar hasta abril.",
    "El alcalde prometió publicar cada semana el estado de las obras en la web del ayuntamiento y en el periódico.",
]


POLISH_STORY = [
    "Rada miasta zdecydowała we wtorek, że stary most będzie przez całą zimę zamknięty dla samochodów, bo inżynierowie "
    "znaleźli dwa pęknięte filary.",
    "Piesi i rowerzyści nadal będą mogli przechodzić przez most, ale autobusy pojadą przez most portowy, co wydłuży "
    "podróż o około dziesięć minut.",
    "Kupcy z dzielnicy obawiają się, że w czasie remontu, który ma potrwać do kwietnia, stracą część klientów.",
    "Burmistrz obiecał, że co tydzień będzie informował o postępie prac na stronie miasta i w lokalnej gazecie.",
]


EXPLAINER_ANSWERS = [  # an explainer's questions, each over its answer
    "What is a red alert?",
    "A red alert is the most serious weather warning the Met Office issues. It means dangerous weather is "
    "expected and people should act now to protect themselves.",
    "How often are they issued?",
    "Rarely. There have been only a handful since the current system began in 2011, most of them for wind or snow.",
    "What should I do?",
    "Stay indoors if you can, and avoid travelling unless it is essential. Keep a torch and a charged phone to "
    "hand in case the power fails.",
    "When will it end?",
    "Forecasters expect the worst of the weather to pass by Saturday morning, but warnings may be extended.",
]


WIKI_TOP = ["Jump to content", "Main menu", "Search", "Create account", "Log in", "Tide mill", "Article", "Talk", "Read",
            "Edit", "View history", "From Wikipedia, the free encyclopedia"]  # fmt: skip


WIKI_SECTIONS = [
    ("", ["A tide mill is a water mill driven by tidal rise and fall. A dam with a sluice is built across a suitable "
          "tidal inlet, or a section of an estuary is made into a reservoir.[1]",
          "As the tide comes in, it enters the mill pond through a one-way gate, which closes when the tide begins to "
          "fall.[2] At low tide the stored water is let out to turn a water wheel.[3]"]),
    ("History", ["The earliest excavated tide mill, dating from 787, stands on an island in Strangford Lough in "
                 "Northern Ireland.[4] Its millstones are 830 mm across.[5]",
                 "Tide mills became common in the Middle Ages along the coasts of western Europe, where the tidal "
                 "range is large. Many were built by monasteries, which held the rights to the foreshore.[6]"]),
    ("Decline", ["Steam engines and roller mills ended the trade in the nineteenth century.[7] A few mills survive "
                 "as museums, and one in Portugal still grinds flour for visitors.[8][a]"]),
]  # fmt: skip


WIKI_FOOT = ["See also", "Tidal power", "Watermill", "References", "^ Ordnance Survey (1998). Tide mills.",
             "^ Minchinton, W. (1979). \"Early tide mills: some problems\". Technology and Culture. 20 (4): 777–786.",
             "Categories: Watermills", "Privacy policy", "About Wikipedia"]  # fmt: skip
