"""Command line: parses arguments and calls the library. No logic lives here."""
from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import replace
from pathlib import Path

import click

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from generator.config import default_settings, ensure_docs_dir  # noqa: E402
from generator.pipeline import PipelineError, build_knowledge_base  # noqa: E402


def _setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    for name in ("generator", "mkdocs"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.DEBUG if verbose else logging.INFO)
        logger.propagate = False


def _load_mkdocs(config_file: str, articles: Path | None, registry: str | None, **overrides):
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    ensure_docs_dir(config_file)
    try:
        cfg = load_config(config_file, **{k: v for k, v in overrides.items() if v is not None})
    except (ConfigurationError, OSError) as exc:
        raise click.ClickException(f"{config_file}: {exc}") from exc
    plugin = cfg.plugins.get("reportsite")
    if plugin is None:
        raise click.ClickException(f"{config_file}: add `- reportsite` to `plugins:` to use reportsite")
    if articles is not None:
        plugin.config.articles = str(articles.resolve())
    if registry is not None:
        plugin.config.registry = registry if registry.lower() == "none" else str(Path(registry).resolve())
    plugin.progress = sys.stderr.isatty()
    return cfg


_articles_opt = click.option(
    "--articles", type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of articles (default: the `articles` setting of mkdocs.yml).",
)
_registry_opt = click.option("--registry", help="Actor registry YAML file, or `none`.")
_config_opt = click.option("-f", "--config-file", default="mkdocs.yml", show_default=True,
                           help="The MkDocs configuration with the reportsite plugin block.")
_verbose_opt = click.option("-v", "--verbose", is_flag=True, help="Show debug messages.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reportsite")
def cli() -> None:
    """reportsite: a static report site of actors and events from news articles."""


@cli.command()
@_config_opt
@_articles_opt
@_registry_opt
@click.option("-d", "--site-dir", help="Where to write the site (default: site/).")
@click.option("--no-site", is_flag=True, help="Only write the Markdown pages into docs/; skip `mkdocs build`.")
@_verbose_opt
def build(config_file, articles, registry, site_dir, no_site, verbose) -> None:
    """Generate the pages from the articles and build the site with `mkdocs build --strict`."""
    from mkdocs.commands.build import build as mkdocs_build

    from generator.pipeline import generate

    _setup_logging(verbose)
    cfg = _load_mkdocs(config_file, articles, registry, site_dir=site_dir, strict=True)
    try:
        if no_site:
            plugin = cfg.plugins["reportsite"]
            plugin.on_config(cfg)
            generate(plugin.settings)
        else:
            mkdocs_build(cfg)
    except PipelineError as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command()
@_config_opt
@click.option("-a", "--dev-addr", default=None, metavar="<IP:PORT>", help="Address to serve on (default localhost:8000).")
@_verbose_opt
def serve(config_file, dev_addr, verbose) -> None:
    """Preview the site with live reload; edits to articles or the registry regenerate pages."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    _setup_logging(verbose)
    ensure_docs_dir(config_file)
    mkdocs_serve(config_file=config_file, dev_addr=dev_addr, livereload=True)


@cli.command()
@_articles_opt
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Hand-annotated gold YAML file.")
@_registry_opt
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@_verbose_opt
def evaluate(articles, gold, registry, as_json, verbose) -> None:
    """Score extraction on a folder of articles against a gold file."""
    from generator.quality.evaluate import read_gold, score
    from generator.quality.report import format_table, scores_to_dict

    _setup_logging(verbose)
    settings = _standalone_settings(articles, registry)
    try:
        gold_data = read_gold(gold)
        built = build_knowledge_base(settings)
    except (PipelineError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    scores = score(built.kb, gold_data)
    if as_json:
        click.echo(json.dumps(scores_to_dict(scores), indent=2, sort_keys=True))
    else:
        click.echo(format_table(scores))


@cli.command()
@_articles_opt
@_registry_opt
@click.option("--all", "show_all", is_flag=True, help="Also list names below the page threshold.")
@_verbose_opt
def actors(articles, registry, show_all, verbose) -> None:
    """List discovered actors with counts, kinds and sample sentences, and registry YAML for them."""
    from generator.resolve.curation import candidates, candidates_yaml, format_candidates

    _setup_logging(verbose)
    settings = _standalone_settings(articles, registry)
    try:
        built = build_knowledge_base(settings)
    except PipelineError as exc:
        raise click.ClickException(str(exc)) from exc
    found = candidates(built.kb, built.registry, settings, include_weak=show_all)
    click.echo(format_candidates(found))
    click.echo(candidates_yaml(found))


# --- reportsite new: a new project from the bundled files --------------------------------------
@cli.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--title", help="The site's title (default: made from the folder's name).")
@click.option("--example", is_flag=True, help="Also copy the bundled example articles and actor registry.")
@click.option("--force", is_flag=True, help="Write into a non-empty folder, replacing files of the same name.")
def new(directory, title, example, force) -> None:
    """Create a new project in DIRECTORY: mkdocs.yml, docs/, actors.yml, articles/, workflows."""
    from generator.scaffold.create import ScaffoldError, create_project
    from generator.scaffold.project import default_title, project_files

    try:
        files = project_files(title if title is not None else default_title(directory.resolve()), example)
        created = create_project(directory, files, force=force)
    except (ScaffoldError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    for name in created.replaced:
        click.echo(f"replaced {directory / name}")
    click.echo(f"Created a reportsite project in {directory}: {len(created.written)} new files, "
               f"{len(created.replaced)} replaced.")
    if not example:
        click.echo(f"Next: put news articles (.txt, .md) into {directory / 'articles'}/, then")
    click.echo(f"  cd {directory} && reportsite build    # or: reportsite serve")


def _standalone_settings(articles: Path | None, registry: str | None):
    root = Path.cwd()
    if registry is None:
        registry = "actors.yml" if (root / "actors.yml").is_file() else "none"
    elif registry.lower() != "none":
        registry = str(Path(registry).resolve())
    settings = default_settings(root, articles=articles.resolve() if articles else None, registry=registry)
    return replace(settings, cache=root / ".reportsite-cache", progress=sys.stderr.isatty())


def main() -> None:
    cli(prog_name="reportsite")


if __name__ == "__main__":  # pragma: no cover
    main()
