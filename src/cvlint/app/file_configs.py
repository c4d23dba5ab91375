"""The configuration each file of a run gets, and the settings it is linted with.

The configuration named with ``--config PATH`` applies to every file; else the nearest configuration
file above a file's folder does (each read once), with the ``--config KEY=VALUE`` overrides over it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cvlint.app.run_options import RunOptions
from cvlint.engine.catalogue import Catalogue, load_catalogue
from cvlint.engine.config import Config, ConfigError, find_config_file, load_config, overridden_config, words_file
from cvlint.engine.lint import Settings, resolve_settings
from cvlint.engine.rule_files import CatalogueError

if TYPE_CHECKING:
    from cvlint.app.atomic_write import WritePolicy


class FileConfigs:
    """The configuration and settings of each file a run lints."""

    def __init__(self, options: RunOptions, catalogue: Catalogue | None = None) -> None:
        self.options = options
        self.catalogue = catalogue or load_catalogue()
        self._explicit: Config | None = None
        if options.config_path is not None:
            self._explicit = load_config(options.config_path, self.catalogue, options.config_overrides)
        self._overridden: Config | None = None
        """The configuration of files no configuration file applies to: the ``--config`` overrides alone."""
        if options.config_overrides:
            self._overridden = overridden_config(options.config_overrides, self.catalogue)
        self._configs: dict[Path, Config | None] = {}
        self._found: dict[Path, Path | None] = {}
        """The configuration file found for each folder, so the folders above it are looked at once a run."""

    def config_for(self, path: Path) -> Config | None:
        """The explicit configuration, else the nearest one above ``path``'s folder."""
        if self._explicit is not None:
            return self._explicit
        folder = path.parent if path.name else path
        start = folder if str(folder) else Path(".")
        if start not in self._found:
            self._found[start] = find_config_file(start)
        found = self._found[start]
        if found is None:
            return self._overridden
        if found not in self._configs:
            self._configs[found] = load_config(found, self.catalogue, self.options.config_overrides)
        return self._configs[found]

    def write_policy(self, path: Path) -> WritePolicy:
        """What ``--fix`` may write through for ``path``, from its configuration."""
        from cvlint.app.atomic_write import WritePolicy  # only a run that writes files needs it

        config = self.config_for(path)
        if config is None:
            return WritePolicy()
        return WritePolicy(config.fix_symlinks == "follow", config.fix_read_only)

    def settings_for(self, display: str, path: Path) -> Settings:
        """Settings for one file; ``ConfigError`` when a selected rule is not known where it lives."""
        options = self.options
        config = self.config_for(path)
        words = words_file(path.absolute().parent)  # read here: the engine reads no file
        if config is not None and config.path is not None:
            words |= words_file(config.path.parent)
        try:
            return resolve_settings(
                config,
                path=str(path),
                select=options.select,
                extend_select=options.extend_select,
                ignore=options.ignore,
                today=options.today,
                kind=options.kind,
                catalogue=self.catalogue,
                words=words,
            )
        except CatalogueError as error:
            where = f"the configuration {config.path}" if config and config.path else "no configuration"
            raise ConfigError(
                f"{display}: {error}: {where} applies to it, and names no rule-dirs defining it"
            ) from error
