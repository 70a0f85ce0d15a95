"""Resolve: all `Extraction`s -> one `KnowledgeBase`.

In: every article's extraction, the registry and the curator's event overrides. Out:
canonical actors (registry first, then discovered actors over the threshold), events that
merge the reports of one happening across articles, and the mentions that point at them.

`corpus` runs the stage; `actors` selects and names actors; `clusters` decides which reports
are one happening and `events` builds the events; `overrides` reads the curator's
`events.yml`; `curation` lists discovered actors for `reportsite actors`.
"""
