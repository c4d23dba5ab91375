"""The vocabulary behind spelling, term-casing and article: what it knows, what it finds, what its fixes touch."""

from __future__ import annotations

import pytest

from cvlint.api import fix_text, lint_text
from cvlint.model.findings import Finding


def _found(text: str, rule: str, path: str = "resume.md") -> list[Finding]:
    return [f for f in lint_text(text, path) if f.rule == rule]


def _words(text: str, rule: str, path: str = "resume.md") -> list[str]:
    return [f.context or "" for f in _found(text, rule, path)]


@pytest.mark.parametrize(
    ("line", "typo", "meant"),
    [
        ("- Moved the team to Toronro in 2021", "Toronro", "Toronto"),
        ("- Led the Artifical Intelligence reading group", "Artifical", "Artificial"),
        ("- Built natural-langauge tools for 3 teams", "langauge", "language"),
        ("- Wrote firwmare for 4 boards", "firwmare", "firmware"),
        ("- Hired 5 engineers, each experinecd in Go", "experinecd", "experience"),
    ],
)
def test_typos_that_are_capitalised_hyphenated_or_two_slips_away_are_found(line: str, typo: str, meant: str) -> None:
    found = _found(line + "\n", "spelling")
    assert [f.context for f in found] == [typo]
    assert found[0].fix is not None and found[0].fix.applicability == "unsafe"
    assert found[0].fix.edits[0].replacement == meant


def test_a_typo_in_the_skills_section_is_still_a_typo() -> None:
    text = "# Dana Lee\n\n## Skills\n\nContinous integration, Kubernetes, Terraform\n"
    assert _words(text, "spelling") == ["Continous"]


@pytest.mark.parametrize(
    ("line", "typo", "meant"),
    [
        ("- Wrote the Go client libary, adopted by 9 teams", "libary", "library"),
        ("- Built a caching mechanims for 3 services", "mechanims", "mechanism"),
        ("- Kept infomation on 40 servers", "infomation", "information"),
        ("- Set up the enviornment for 12 engineers", "enviornment", "environment"),
        ("- Moved 3 teams to a new framwork", "framwork", "framework"),
    ],
)
def test_typos_found_in_code_identifiers_are_still_typos(line: str, typo: str, meant: str) -> None:
    """cspell's code-only dictionaries harvest identifiers, misspelt ones among them: those are not words."""
    found = _found(line + "\n", "spelling")
    assert [f.context for f in found] == [typo]
    assert f"'{meant}'" in found[0].suggestion  # "mechanims" may be "mechanism" or "mechanisms": no fix then


def test_names_coined_in_code_are_known() -> None:
    text = "- Wrote scrapy spiders and pygments lexers\n- Read the toml files with gdal and numpy, served by axios\n"
    assert _words(text, "spelling") == []


def test_words_some_source_knows_are_not_typos() -> None:
    text = (
        "- Set up wifi in the cafe; wrote a lexer and dbt models in Lower Hutt with Siobhan and Anneliese\n"
        "- Organised the programme; analysing colour and behaviour; pprof, scrapy, liveness probes and lookups\n"
        "- Ran Vitest, Pulumi and ClickHouse with Zalando, tel and misc notes\n"
    )
    assert _words(text, "spelling") == []


def test_names_are_not_taken_for_typos_of_other_names() -> None:
    text = "- Worked with Fabien, Davide, Morgane and Silvio on Magento and Pandoc in Venise\n"
    assert _words(text, "spelling") == []


def test_a_foreign_title_is_not_read_as_english_typos() -> None:
    text = "- Ponencia: gestión de situaciones y operaciones para los equipos de la nube\n"
    assert _words(text, "spelling") == []


@pytest.mark.parametrize(
    ("line", "typo", "meant"),
    [
        ("- Kept 6 services up while maintaing the release train", "maintaing", "maintaining"),
        ("- Joined the platform team in Augest 2019 as its second hire", "Augest", "August"),
        ("- Taught Object Oriented Desgin to 12 new hires each quarter", "Desgin", "Design"),
        ("- Tuned the parallelsim of 40 nightly jobs to halve their run time", "parallelsim", "parallelism"),
        ("- Moved 3 teams off two framewoks they had written in 2015", "framewoks", "frameworks"),
    ],
)
def test_common_misspellings_are_found_and_corrected_to_the_word_meant(line: str, typo: str, meant: str) -> None:
    """cspell's list of common misspellings names the word a person meant, even for short capitalised words."""
    found = _found(line + "\n", "spelling")
    assert [f.context for f in found] == [typo]
    assert found[0].fix is not None and found[0].fix.edits[0].replacement == meant


def test_a_misspelling_of_several_words_names_them_all_and_offers_no_fix() -> None:
    (found,) = _found("- Cut each interation of the build loop from 9 to 2 minutes for 30 engineers\n", "spelling")
    assert found.fix is None
    assert "'iteration', 'interaction' or 'integration'" in found.suggestion


def test_a_place_name_is_a_misspelling_only_in_lower_case() -> None:
    text = "- Read the soure of 4 parsers; hiked near Soure, Portugal with 2 colleagues from the team\n"
    assert _words(text, "spelling") == ["soure"]


def test_words_formed_with_a_prefix_are_words() -> None:
    text = (
        "- Led the rewilding of 3 river valleys with the county and the regional water board\n"
        "- Ran immuno-FISH assays on 400 samples a week and built neuro-symbolic models for the lab\n"
    )
    assert _words(text, "spelling") == []


def test_a_coinage_the_document_uses_as_a_name_is_not_a_typo() -> None:
    text = (
        "- Co-founded [bubblr](https://bubblr.example.org/), a map of music played nearby, for 2,000 users\n"
        "- Built the Spling widget and SplingEngine, the spling crawler behind 3 partner sites\n"
    )
    assert _words(text, "spelling") == []


def test_a_letter_before_a_common_word_is_a_product_shape() -> None:
    text = "- Deployed netflow and sflow monitoring, saving $6,000 a year; mapped 40 sites with gmaps\n"
    assert _words(text, "spelling") == []


def test_a_slip_inside_a_technology_name_is_a_typo_even_in_a_list_of_technologies() -> None:
    text = "- Main technologies: Apache Solr, Cassandora, Git, Python\n- Moved 4 services to Kubernettes in 2020\n"
    found = _found(text, "spelling")
    assert [(f.context, f.fix.edits[0].replacement if f.fix else None) for f in found] == [
        ("Cassandora", "Cassandra"),
        ("Kubernettes", "Kubernetes"),
    ]


def test_a_slip_from_a_word_the_document_spells_right_elsewhere_is_a_typo() -> None:
    text = (
        "- Split the monolith into 12 Microservice deployments and cut release time by half\n"
        "- Wrote the billing microserivce in 3 weeks; studied Mathematica notebooks and mathematics papers\n"
    )
    found = _found(text, "spelling")  # "Mathematica" is a name: names vary in their endings
    assert [(f.context, f.fix.edits[0].replacement if f.fix else None) for f in found] == [
        ("microserivce", "microservice")
    ]


def test_a_name_the_document_lists_with_its_last_letter_dropped_is_a_typo() -> None:
    text = (
        "- Built the pages with Backbone.js and Mustach for 3M visitors; studied Mathematica notebooks\n"
        "- Taught B.S. Mathematical Sciences classes\n\n## Skills\n\nBackbone.js, Mustache, Handlebars\n"
    )
    found = _found(text, "spelling")  # "Mathematical" is no listed name: "Mathematica" stays a name
    assert [(f.context, f.fix.edits[0].replacement if f.fix else None) for f in found] == [("Mustach", "Mustache")]


def test_a_slip_inside_a_name_with_a_capital_inside_it_is_a_typo() -> None:
    text = (
        "- Ran iWarehouse for 40 sites and MongoDB clusters, then iWarehouseTM reports\n"
        "- Supported the iWarehlouse users; moved 2 MongodDB stores; built SplingEngine once\n"
    )
    found = _found(text, "spelling")  # the name written more often is the one meant; a coinage stays
    assert [(f.context, f.fix.edits[0].replacement if f.fix else None) for f in found] == [
        ("iWarehlouse", "iWarehouse"),
        ("MongodDB", "MongoDB"),
    ]


def test_an_initialism_among_technologies_swapping_two_letters_of_one_the_document_lists_is_a_typo() -> None:
    text = (
        "- Maintained a Dagster and DTB powered pipeline on Snowflake and AWS for 12 teams\n"
        "- Published 2 papers in AIP Conference Proceedings on API design\n\n## Skills\n\nDagster, DBT, API\n"
    )
    found = _found(text, "spelling")  # "AIP" (a publisher) stands among no technologies
    assert [(f.context, f.fix.edits[0].replacement if f.fix else None) for f in found] == [("DTB", "DBT")]


def test_a_capitalised_word_in_bold_among_technologies_is_one_of_them() -> None:
    text = (
        "\\begin{itemize}\n"
        "\\item Automated 40 tasks using \\textbf{PowerShell}, \\textbf{Bash} and \\textbf{VBA}; documented"
        " \\textbf{Automic} workflows with \\textbf{Bash}; wrote \\textbf{Kubernetis} charts\n"
        "\\end{itemize}\n"
    )
    found = _found(text, "spelling", "resume.tex")  # a slip from a technology is still a typo
    assert [(f.context, f.fix.edits[0].replacement if f.fix else None) for f in found] == [("Kubernetis", "Kubernetes")]


def test_the_words_of_a_language_name_written_whole_are_known() -> None:
    text = "- Physics graduate, toki pona speaker and software engineer; wrote a pona parser for 3 teams\n"
    assert _words(text, "spelling") == ["pona"]  # alone, "pona" is no word of a name


def test_a_slip_from_a_two_word_name_the_document_writes_run_together_is_a_typo() -> None:
    text = "- **Star Wars wiki**: [srarwars - netlify](https://wiki.example.app/) for 2,000 readers\n"
    found = _found(text, "spelling")
    assert [(f.context, f.fix.edits[0].replacement if f.fix else None) for f in found] == [("srarwars", "starwars")]


def test_a_common_misspelling_is_a_typo_in_a_name_without_a_legal_form_outside_a_header() -> None:
    text = (
        "## Experience\n\n### Procesor Group\n\nSoftware Engineer at Rakuten\n"
        "Techinical Consulting to clients about a search engine, for Acme Techinical Inc.\n"
    )
    assert [(f.line, f.context) for f in _found(text, "spelling")] == [(6, "Techinical")]


def test_a_typo_in_a_link_text_is_found_and_a_foreign_title_is_left_alone() -> None:
    text = (
        "- Photographs in my [Flickr galery](https://www.flickr.com/photos/dana/) since 2013\n"
        "- Press: [Modell zeigt Abschied der Eisriesen](https://science.example.at/stories/1) on our glacier work\n"
    )
    assert _words(text, "spelling") == ["galery"]


def test_the_spelling_fix_edits_only_its_own_occurrence() -> None:
    text = "- Improved managment of 3 teams\n- Wrote `managment` in code\n- Led managment reviews\n"
    found = _found(text, "spelling")
    assert len(found) == 2  # each occurrence outside code is its own finding
    for finding in found:
        assert finding.fix is not None
        (edit,) = finding.fix.edits
        assert text[edit.start : edit.end] == "managment"
        assert (edit.start, edit.end) == (finding.start, finding.end)
    fixed, _ = fix_text(text, unsafe=True)
    assert fixed == "- Improved management of 3 teams\n- Wrote `managment` in code\n- Led management reviews\n"


def test_quoted_titles_and_organisations_are_not_corrected() -> None:
    text = (
        '- Published "Spelling Erors in Artifical Minds" at a workshop\n'
        "- Talk: *Stuff Github Teaches*; worked at Acme Techologies Inc. on Github Actions\n"
    )
    typos = _found(text, "spelling")  # a typo in a title is reported, never corrected; a name is its own
    assert [(f.context, f.fix) for f in typos] == [("Erors", None), ("Artifical", None)]
    assert _words(text, "term-casing") == ["Github"]  # the second, outside the title and the name


@pytest.mark.parametrize(
    "line",
    [
        "- Wrote the free e-book « Redécouvrir Javascript avec Node.js » for 3,000 readers",
        "- Gave the talk „Schneller mit Javascript“ at 2 meetups",
    ],
)
def test_titles_in_other_languages_quotes_are_not_corrected(line: str) -> None:
    assert [f.fix for f in _found(line + "\n", "term-casing")] == []


def test_a_list_item_naming_a_linked_work_is_a_title() -> None:
    text = "Talks\n\n* [Functional javascript talk]\n* [Your strategy was eaten by culture]\n\nUsed javascript daily.\n"
    found = _found(text, "term-casing", "resume.txt")
    assert [f.line for f in found] == [6]  # the talk's title is left as written; the sentence is corrected


@pytest.mark.parametrize(
    "line",
    [
        "- Tested with pytest and pandas behind nginx; dbt and npm for the data team",
        "- Pandas, NumPy and Matplotlib for analysis",
        "- Measured the angular distribution of photons",
        "- Wrote tests in WebdriverIO for 30 pages",
        "- Emulated MacOS System 7 on a Raspberry Pi",
        "- Went to the express office to hibernate, spark ideas and go swift",
    ],
)
def test_names_cased_by_their_owners_and_ordinary_words_are_left_alone(line: str) -> None:
    assert _words(line + "\n", "term-casing") == []


def test_an_ordinary_word_is_a_product_among_other_products() -> None:
    found = _found("- Stack: Python, angular, Kafka and hibernate\n", "term-casing")
    assert [(f.context, f.fix.applicability if f.fix else None) for f in found] == [
        ("angular", "unsafe"),
        ("hibernate", "unsafe"),
    ]


def test_only_the_listed_corrections_are_safe() -> None:
    found = _found("- Built Github Actions, Grpc services and javascript tools with PyTest\n", "term-casing")
    applicability = {f.context: f.fix.applicability for f in found if f.fix}
    assert applicability == {"Github": "safe", "Grpc": "unsafe", "javascript": "safe", "PyTest": "unsafe"}
    fixed, _ = fix_text("- Built Github Actions and Grpc services\n")
    assert fixed == "- Built GitHub Actions and Grpc services\n"


def test_a_name_cased_two_ways_takes_the_owners_form_or_no_fix() -> None:
    text = "- Wrote WebDriverIO suites\n- Ran WebdriverIO on 3 browsers\n- Moved to Xenserver, then XenServer\n"
    found = {f.context: f for f in _found(text, "term-casing")}
    assert set(found) == {"WebDriverIO", "XenServer"}
    webdriver = found["WebDriverIO"].fix
    assert webdriver is not None and webdriver.edits[0].replacement == "WebdriverIO"
    assert found["XenServer"].fix is None


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("- Earned a MBA in 2019", "an"),
        ("- Built a LLM assistant", "an"),
        ("- Tuned code for a x86 server", "an"),
        ("- Kept an user guide", "a"),
        ("- Wrote an European report", "a"),
        ("- Saved a hour a day", "an"),
    ],
)
def test_article_follows_the_sound(line: str, wanted: str) -> None:
    found = _found(line + "\n", "article")
    assert len(found) == 1 and found[0].fix is not None
    assert found[0].fix.edits[0].replacement == wanted


@pytest.mark.parametrize(
    "line",
    ["- Worked as a SOC analyst", "- Led an SOC team", "- Built a RAG system", "- Wrote an SQL query", "- A SQL view"],
)
def test_acronyms_said_both_ways_are_left_alone(line: str) -> None:
    assert _found(line + "\n", "article") == []


def test_a_suppression_comment_is_not_text_of_the_resume() -> None:
    text = "EXPERIENCE\n\n# cvlint-disable-next-line typography\n- Led the launch in 3 cities and and grew sales 20%\n"
    assert [f.rule for f in lint_text(text, "resume.txt") if f.rule in ("spelling", "typography")] == []


def test_no_article_is_offered_before_a_plural() -> None:
    # "an components" is a slip, but "a components" would be one too: no sound-based fix fits a plural.
    assert _found("## Experience\n\n- Rebuilt an components library for 12 teams\n", "article") == []
    assert _found("## Experience\n\n- Rebuilt an component library for 12 teams\n", "article") != []
