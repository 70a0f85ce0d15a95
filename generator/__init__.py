"""reportsite: static report sites about conflicts and politics, built from news articles."""

__version__ = "0.1.0"
