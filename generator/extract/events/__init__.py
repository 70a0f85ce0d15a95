"""Event rules: one parsed sentence (and its article context) -> `EventMention`s.

In: a sentence's spaCy span, the actor mentions in it, the article's dates. Out: event
mentions with type, trigger, date, place, participants with roles, claims and casualties.

`triggers`, `nouns` and `candidate` find trigger words; `factuality` keeps what the text says
happened; `roles` and `claims` find who did what to whom and who claimed or blamed; `dates`
and `offsets` date it; `place` places it; `casualties` reads tolls; `merge` joins the
triggers of one happening; `mentions` puts it together. `lexicon` holds the vocabulary that
resolution shares (type families, resignation words).
"""
