"""Quality: a `KnowledgeBase` and a gold file -> scores (`reportsite evaluate`).

`gold` reads and validates hand-annotated gold files; `evaluate` scores a knowledge base
against one; `report` prints the scores as a table or JSON.
"""
