"""Resolve: the whole corpus -> canonical actors, events merged across articles, curation."""
