"""Quality: gold files and the scores of `reportsite evaluate`."""
