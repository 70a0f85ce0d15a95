"""Render: the knowledge base -> page contexts -> Markdown through the Jinja2 templates; data exports."""
