"""The README's doc-test: every fenced code block is run, or checked for the names it uses.

Network-free blocks run in a temporary folder holding the bundled example (``cvlint`` commands whose
files exist there, Python, Markdown); an output block after a command (or the ``$ `` lines of a
``console`` block) must match what the command prints, line by line, ``...`` standing for lines left
out. Blocks that cannot run here are checked instead: ``pip``/``pipx`` installs name this repository's
URL, the current tag and the published distribution name; pre-commit configurations name hooks of
``.pre-commit-hooks.yaml`` and pass pre-commit's own validation; workflows use inputs that ``action.yml``
declares; every ``cvlint`` command parses with cvlint's own options. A block after a line
``<!-- cvlint-readme: no-run -->`` is checked but never run.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import click
import pytest
import yaml

from conftest import CACHE, ROOT
from cvlint import __version__
from cvlint.cli.main import main
from cvlint.project import DISTRIBUTION, REPOSITORY_URL

README = ROOT / "README.md"
NO_RUN = "<!-- cvlint-readme: no-run -->"
_FENCE = re.compile(r"^ {0,3}(?P<fence>```+|~~~+)(?P<info>[^`\n]*)$")
_SHELLS = {"sh", "bash", "shell", "console", "zsh"}
_PLACEHOLDERS = {"N": "80", "REF": "HEAD", "FILE": "resume.md", "PATHS": "resume.md", "FOLDER": "cv"}
"""Words the README writes for a value of the reader's choosing, and a value that parses."""
TAG = f"v{__version__}"
_SCRIPT = shutil.which("cvlint", path=str(Path(sys.executable).parent))
COMMAND = [_SCRIPT] if _SCRIPT else [sys.executable, "-m", "cvlint"]
"""The installed console script (shell completion is keyed to its name), else the module."""


@dataclass(frozen=True)
class Block:
    """One fenced code block: the line of its fence, its language, its text, and whether it may run."""

    line: int
    language: str
    body: str
    runnable: bool
    follows: Block | None
    """The block just before it when only blank lines or prose of one line stand between (its command)."""

    @property
    def id(self) -> str:
        return f"README.md:{self.line}:{self.language or 'text'}"


def readme_blocks(text: str) -> list[Block]:
    """Every fenced code block of ``text``, in order."""
    lines = text.split("\n")
    found: list[Block] = []
    index = 0
    previous: tuple[Block, int] | None = None
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        fence = opening["fence"]
        close = next(
            (i for i in range(index + 1, len(lines)) if lines[i].strip().startswith(fence[0] * len(fence))),
            len(lines),
        )
        before = [line for line in lines[:index] if line.strip()]
        runnable = not (before and before[-1].strip() == NO_RUN)
        gap = [line for line in lines[previous[1] + 1 : index] if line.strip()] if previous else ["-"]
        block = Block(
            index + 1,
            opening["info"].strip().split(" ")[0].lower(),
            "\n".join(lines[index + 1 : close]) + "\n",
            runnable,
            previous[0] if previous is not None and not gap else None,
        )
        found.append(block)
        previous = (block, close)
        index = close + 1
    return found


BLOCKS = readme_blocks(README.read_text(encoding="utf-8"))


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A folder where the README's commands find the files they name: the example as resume.md, cv.md, cv/."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    example = ROOT / "examples" / "resume.md"
    for name in ("resume.md", "cv.md", "cv/resume.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copy(example, tmp_path / name)
    return tmp_path


def _cvlint(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NO_COLOR": "1", "CVLINT_CACHE_DIR": str(CACHE), **(env or {})}
    return subprocess.run(
        [*COMMAND, *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


@cache
def _help(command: str) -> str:
    """``cvlint COMMAND --help``, as a user reads it."""
    return _cvlint([command, "--help"], ROOT).stdout


def parse_cvlint(args: list[str]) -> dict[str, object]:
    """The parameters ``cvlint ARGS`` gives its command; an unknown command, option or value fails."""
    if not args:
        return {}
    if args[0] in ("--version", "-h", "--help"):
        return {}
    command = main.get_command(click.Context(main), args[0])
    assert command is not None, f"'cvlint {args[0]}' is not a command (see 'cvlint --help')"
    values = [_PLACEHOLDERS.get(arg, arg) for arg in args[1:]]
    try:
        context = command.make_context(f"cvlint {args[0]}", values)
    except click.UsageError as error:
        raise AssertionError(f"cvlint {shlex.join(args)}: {error.format_message()}") from error
    for arg in args[1:]:
        if arg.startswith("--"):
            option = arg.split("=")[0]
            assert option in _help(args[0]), f"{option} is not in 'cvlint {args[0]} --help'"
    return context.params


def _extras() -> dict[str, list[str]]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extras: dict[str, list[str]] = data["project"]["optional-dependencies"]
    return extras


def check_install_target(target: str) -> None:
    """A ``pip install`` argument: this checkout, this repository at the current tag, or a dependency."""
    if target.startswith("git+"):
        target = f"{DISTRIBUTION} @ {target}"
    requirement = re.fullmatch(r"(?P<name>[\w.-]*)(?:\[(?P<extras>[\w,-]+)\])?(?:\s*@\s*(?P<url>\S+))?", target)
    assert requirement is not None, f"cannot read the install target {target!r}"
    name, extras, url = requirement["name"], requirement["extras"], requirement["url"]
    if extras:
        assert set(extras.split(",")) <= set(_extras()), f"{target}: no such extra in pyproject.toml"
    if url is not None:
        assert url == f"git+{REPOSITORY_URL}@{TAG}", f"{target}: install from git+{REPOSITORY_URL}@{TAG}"
        assert name == DISTRIBUTION, f"{target}: the distribution is named {DISTRIBUTION}"
        return
    if name in ("", "."):
        return
    known = {re.split(r"[<>=\[ ]", dependency)[0] for extra in _extras().values() for dependency in extra}
    assert name == DISTRIBUTION or name in known, (
        f"{target}: '{name}' is neither cvlint ({DISTRIBUTION}) nor a dependency"
    )


def _segments(command: str) -> list[tuple[list[str], bool]]:
    """The simple commands of a shell line (split at ``&&``, ``||``, ``|`` and ``;``), words unquoted,
    each with whether it is part of a pipe."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    segments: list[tuple[list[str], bool]] = [([], False)]
    for token in lexer:
        if token in ("&&", "||", "|", ";", "&"):
            if token == "|":
                segments[-1] = (segments[-1][0], True)
            segments.append(([], token == "|"))
        else:
            segments[-1][0].append(token)
    return [segment for segment in segments if segment[0]]


@dataclass
class Ran:
    """The output of the last ``cvlint`` command a block ran."""

    stdout: str = ""


def run_shell_line(command: str, workspace: Path | None, ran: Ran) -> None:
    """Check every simple command of ``command``; run the ``cvlint`` ones that are whole and whose files exist."""
    for words, piped in _segments(command):
        env: dict[str, str] = {}
        while words and re.fullmatch(r"[A-Za-z_]\w*=\S*", words[0]):
            key, _, value = words.pop(0).partition("=")
            env[key] = value
        redirected = any(word in (">", ">>", "<", "2>") for word in words)
        if ">" in words or ">>" in words:
            words = words[: words.index(">" if ">" in words else ">>")]
        if not words:
            continue
        program, args = Path(words[0]).name, words[1:]
        if program == "eval":
            inner = " ".join(args)
            for part in re.findall(r"\$\(([^)]*)\)", inner):
                run_shell_line(part, workspace, ran)
        elif program == "cvlint":
            params = parse_cvlint(args)
            paths = [str(path) for path in params.get("paths", ()) or ()]  # type: ignore[attr-defined]
            if workspace is not None and not piped and not redirected and all((workspace / p).exists() for p in paths):
                result = _cvlint(args, workspace, env)
                assert result.returncode in (0, 1), (
                    f"cvlint {shlex.join(args)}: exit {result.returncode}\n{result.stderr}"
                )
                assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
                ran.stdout = result.stdout
        elif program in ("pip", "pip3", "pipx") or args[:3] == ["-m", "pip", "install"]:
            targets = args[args.index("install") + 1 :]
            for target in (t for t in targets if not t.startswith("-")):
                check_install_target(target)
        elif program.startswith("python"):
            if args[:2] == ["-m", "venv"] or args[:2] == ["-m", "pytest"]:
                continue
            assert args and (ROOT / args[0]).is_file(), f"python {shlex.join(args)}: no such script in the repository"
        elif program == "bash":
            assert (ROOT / args[0]).is_file(), f"bash {args[0]}: no such script in the repository"
        elif program in ("ruff", "mypy", "pytest"):
            assert any(dependency.startswith(program) for dependency in _extras()["test"]), f"{program} not in [test]"
        else:
            assert program in ("cat", "git", "cd", "echo", "true"), (
                f"'{program}': the README test does not know this program; teach tests/test_readme.py or "
                f"mark the block with {NO_RUN}"
            )


def shell_commands(block: Block) -> list[str]:
    """The command lines of a shell block (``$ `` lines of a console block), continuations joined."""
    text = block.body.replace("\\\n", " ")
    lines = [line for line in text.split("\n") if line.strip() and not line.lstrip().startswith("#")]
    if block.language == "console" or any(line.startswith("$ ") for line in lines):
        return [line[2:] for line in lines if line.startswith("$ ")]
    return lines


def expected_output(block: Block) -> list[str]:
    """The lines a command should print: the block without ``$ `` lines."""
    return [line for line in block.body.rstrip("\n").split("\n") if not line.startswith("$ ")]


def assert_printed(expected: list[str], printed: str, where: str) -> None:
    """Each expected line is printed, in order; ``...`` stands for any lines."""
    actual = printed.rstrip("\n").split("\n")
    position = 0
    elided = False
    for line in expected:
        if line.strip() == "...":
            elided = True
            continue
        if elided:
            assert line in actual[position:], f"{where}: '{line}' is not printed (after line {position})\n{printed}"
            position = actual.index(line, position) + 1
        else:
            assert position < len(actual) and actual[position] == line, (
                f"{where}: expected '{line}', printed '{actual[position] if position < len(actual) else ''}'\n{printed}"
            )
            position += 1
        elided = False


def check_shell(block: Block, workspace: Path) -> None:
    ran = Ran()
    for command in shell_commands(block):
        run_shell_line(command, workspace if block.runnable else None, ran)
    if block.language == "console" and block.runnable:
        assert_printed(expected_output(block), ran.stdout, block.id)


_RULE_HEAD = (
    'code = "HS999"\nname = "house-example"\nseverity = "warning"\ncategory = "language"\n'
    'summary = "An example."\nrationale = "An example."\n'
)


def check_toml(block: Block, workspace: Path) -> None:
    data = tomllib.loads(block.body)
    if not block.runnable:  # another tool's TOML (an editor's settings): it parses, and that is all
        return
    if "match" in data:  # a rule of your own, or the [match] table of one (given the rest of a rule file)
        head = "" if "name" in data else _RULE_HEAD
        (workspace / "house-style").mkdir()
        (workspace / "house-style" / "rule.toml").write_text(head + block.body, encoding="utf-8")
        (workspace / ".cvlint.toml").write_text('rule-dirs = ["house-style"]\n', encoding="utf-8")
        args = ["rule", data.get("name", "house-example")]
    else:
        table = data.get("tool", {}).get("cvlint", data)
        if "extend" in table:
            base = workspace / table["extend"]
            base.parent.mkdir(parents=True, exist_ok=True)
            base.write_text("", encoding="utf-8")
        for folder in table.get("rule-dirs", []):
            (workspace / folder).mkdir(exist_ok=True)
        (workspace / ("pyproject.toml" if "tool" in data else ".cvlint.toml")).write_text(block.body, encoding="utf-8")
        args = ["check", "--show-settings", "resume.md"]
    result = _cvlint(args, workspace)
    assert result.returncode == 0, f"{block.id}: cvlint {shlex.join(args)} with this file: {result.stderr}"


def _hooks() -> set[str]:
    return {hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}


def check_yaml(block: Block, workspace: Path) -> None:
    data = yaml.safe_load(block.body)
    assert isinstance(data, dict), f"{block.id}: not a YAML mapping"
    if "repos" in data:  # .pre-commit-config.yaml
        ours = [repo for repo in data["repos"] if "cvlint" in repo["repo"]]
        assert ours, f"{block.id}: no cvlint repository"
        for repo in ours:
            assert repo["repo"] == REPOSITORY_URL and repo["rev"] == TAG, f"{block.id}: use {REPOSITORY_URL} at {TAG}"
            assert {hook["id"] for hook in repo["hooks"]} <= _hooks(), (
                f"{block.id}: a hook not in .pre-commit-hooks.yaml"
            )
        config = workspace / ".pre-commit-config.yaml"
        config.write_text(block.body, encoding="utf-8")
        validated = subprocess.run(
            [sys.executable, "-m", "pre_commit", "validate-config", str(config)], capture_output=True, text=True
        )
        assert validated.returncode == 0, validated.stdout + validated.stderr
        return
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    owner_name = REPOSITORY_URL.removeprefix("https://github.com/")
    for job in data.get("jobs", {}).values():
        for step in job.get("steps", []):
            uses = step.get("uses", "")
            if uses.split("@")[0] == owner_name:
                assert uses == f"{owner_name}@{TAG}", f"{block.id}: use {owner_name}@{TAG}"
                assert set(step.get("with", {})) <= set(action["inputs"]), f"{block.id}: an input action.yml lacks"
                given = step.get("with", {})
                args = re.sub(r"\$\{\{[^}]*\}\}", "main", given.get("args", ""))
                parse_cvlint(["check", *shlex.split(args), "--output-format", given.get("format", "github")])
    for job in data.values():  # GitLab CI jobs
        if isinstance(job, dict) and "script" in job:
            for line in job["script"]:
                run_shell_line(line, None, Ran())


def check_python(block: Block, workspace: Path) -> None:
    compile(block.body, block.id, "exec")
    if block.runnable:
        done = subprocess.run(
            [sys.executable, "-c", block.body], cwd=workspace, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"{block.id}:\n{done.stderr}"


def check_markdown(block: Block, workspace: Path) -> None:
    from cvlint import lint_text

    lint_text(block.body, path="resume.md")


def check_output(block: Block, workspace: Path) -> None:
    """An untagged block: the output of the command block just before it, when there is one."""
    if block.follows is None or block.follows.language not in _SHELLS or not block.runnable:
        return
    ran = Ran()
    for command in shell_commands(block.follows):
        run_shell_line(command, workspace, ran)
    assert_printed(expected_output(block), ran.stdout, block.id)


def check_names(block: Block) -> None:
    """Whatever its language: every ``cvlint`` command written in the block parses."""
    for match in re.finditer(r"(?:^|[\s`(])cvlint ((?:check|baseline|score|rules|rule)\b[^\n#|&;)`>]*)", block.body):
        parse_cvlint(shlex.split(match.group(1)))


CHECKS = {
    **dict.fromkeys(_SHELLS, check_shell),
    "toml": check_toml,
    "yaml": check_yaml,
    "yml": check_yaml,
    "python": check_python,
    "json": lambda block, workspace: json.loads(block.body),
    "markdown": check_markdown,
    "md": check_markdown,
    "": check_output,
}


@pytest.mark.parametrize("block", BLOCKS, ids=[block.id for block in BLOCKS])
def test_readme_block(block: Block, workspace: Path) -> None:
    check_names(block)
    check = CHECKS.get(block.language)
    if check is not None:
        check(block, workspace)


def test_the_readme_test_sees_every_block() -> None:
    text = README.read_text(encoding="utf-8")
    fences = [line for line in text.split("\n") if _FENCE.match(line)]
    assert len(fences) == 2 * len(BLOCKS) and len(BLOCKS) >= 15


def test_every_option_the_readme_names_exists() -> None:
    """An option written in backticks (`--fix`, `--fail-on error`) is an option of some cvlint command
    (or of a script of the repository, such as ``bench/bench.py --skip-10k``)."""
    text = README.read_text(encoding="utf-8")
    options = set(re.findall(r"`(--[a-z][a-z0-9-]*)", text))
    scripts = [
        path.read_text(encoding="utf-8")
        for folder in ("bench", "scripts", "examples")
        for path in (ROOT / folder).glob("*.py")
    ]
    helps = "".join(_help(command) for command in main.list_commands(click.Context(main))) + "".join(scripts)
    missing = sorted(option for option in options if option not in helps)
    assert not missing, f"the README names options no command has: {missing}"


def test_the_project_urls_are_the_constant() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["name"] == DISTRIBUTION
    assert data["project"]["urls"]["Homepage"] == REPOSITORY_URL
    assert "OWNER" not in README.read_text(encoding="utf-8") + (ROOT / "action.yml").read_text(encoding="utf-8")


def test_the_changelog_has_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"\n## {__version__}\n" in changelog
    init = (ROOT / "src" / "cvlint" / "__init__.py").read_text(encoding="utf-8")
    versions = re.findall(r"\b\d+\.\d+\.\d+\b", init)
    assert versions == [__version__], "the version is written once, in cvlint/__init__.py"


def test_shell_completion_script() -> None:
    result = _cvlint([], ROOT, env={"_CVLINT_COMPLETE": "bash_source"})
    assert result.returncode == 0 and "complete -o nosort -F _cvlint_completion cvlint" in result.stdout
    words = _cvlint(
        [], ROOT, env={"_CVLINT_COMPLETE": "bash_complete", "COMP_WORDS": "cvlint check --sta", "COMP_CWORD": "2"}
    )
    assert "--statistics" in words.stdout
