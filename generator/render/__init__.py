"""Render: a `KnowledgeBase` -> {docs-relative path: Markdown text}.

In: the knowledge base, the registry and the settings. Out: every generated page (actors,
events, articles, indexes, data downloads), rendered through the Jinja2 templates.

`site` drives it; `lookup` indexes the knowledge base; `pages` and `context` build one
context per page; `labels`, `text`, `filters` and `svg` format for the templates;
`data_export` writes the CSV and JSON downloads.
"""
