"""Extract: one `Article` -> one `Extraction` (per article, pure, cached by content hash).

In: articles and the actor registry. Out: sentences, actor mentions (registry names first,
then discovered names), places, and event mentions with their dates and roles.

`nlp` loads spaCy with the registry as an entity ruler; `corpus` runs it over the articles
(with the cache); `actors` turns entities into mentions; `dates` and `date_words` normalise
date expressions; `places` and `gazetteer` know countries, provinces and cities; `events/`
holds the event rules.
"""
