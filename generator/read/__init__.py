"""Read: files in the articles folder -> `Article` records.

In: the paths and bytes of article files. Out: one `Article` per readable file (title, body
paragraphs, publication and retrieval dates, outlet, wire, dateline) and a `Problem` with
`path:line` for each file that cannot be read.

`articles` walks the folder and picks a reader by suffix; `text` reads scraped plain text,
with `furniture` (mastheads, bylines, date lines, datelines, wire credits), `clutter` (captions,
widgets, prompts, comment forms and related lists around the story) and `dates` (publication
dates as pages write them, the scraper's stamp, numeric dates); `markdown` reads Markdown with
front matter; `html` reads saved web pages (trafilatura, htmldate), `jsonl` scraper exports
(JSON / JSON Lines) and `feeds` saved RSS / Atom feeds, all three through `records` (one
record -> `Article`); `errors` is the error a reader raises.
"""
