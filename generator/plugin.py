"""The MkDocs plugin: plain `mkdocs build` / `mkdocs serve` regenerate the pages too."""
from __future__ import annotations

import logging

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from generator.config import ReportsiteConfig, Settings, settings_from_plugin_config
from generator.pipeline import PipelineError, generate, load_url_map
from generator.render.sentence_md import NAME as SENTENCE_EXTENSION
from generator.render.table_md import NAME as TABLE_EXTENSION

log = logging.getLogger("generator")


class ReportsitePlugin(BasePlugin[ReportsiteConfig]):
    settings: Settings | None = None
    progress: bool = False

    def on_config(self, config):
        for extension in (SENTENCE_EXTENSION, TABLE_EXTENSION):  # sentence anchors, stacked tables on phones
            if extension not in config.markdown_extensions:
                config.markdown_extensions.append(extension)
        self.settings = settings_from_plugin_config(self.config, config.config_file_path, config.docs_dir)
        if self.progress:
            self.settings = self.settings.with_overrides(progress=True)
        return config

    def on_pre_build(self, config) -> None:
        if not self.config.enabled or self.settings is None:
            return
        try:
            generate(self.settings)
            redirects = load_url_map(self.settings).redirects
        except PipelineError as exc:
            raise PluginError(str(exc)) from exc
        if redirects:
            add_redirects(config, redirects)

    def on_serve(self, server, config, builder):
        if self.settings is not None:
            server.watch(str(self.settings.articles))
            if self.settings.registry is not None:
                server.watch(str(self.settings.registry))
            if self.settings.templates is not None:
                server.watch(str(self.settings.templates))
        return server


def add_redirects(config, redirects) -> None:
    """Hand the URL map's redirects (old page -> live page) to the mkdocs-redirects plugin: the
    one configured in mkdocs.yml (its own `redirect_maps` win), or one added here."""
    plugin = config.plugins.get("redirects")
    if plugin is None:
        try:
            from mkdocs_redirects.plugin import RedirectPlugin
        except ImportError:
            raise PluginError("reportsite: pages moved and need redirects: install mkdocs-redirects "
                              "(pip install mkdocs-redirects)") from None
        plugin = RedirectPlugin()
        plugin.load_config({})
        config.plugins["redirects"] = plugin
    plugin.config["redirect_maps"] = {**redirects, **(plugin.config.get("redirect_maps") or {})}
