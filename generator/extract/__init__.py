"""Extract: per article, pure and cacheable: sentences, actor mentions, places, dates and (in `events/`) event mentions."""
