"""Read: files -> `Article` records (scraped text, Markdown with front matter)."""
