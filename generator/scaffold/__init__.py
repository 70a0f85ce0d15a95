"""`reportsite new`: options -> the files of a new, working project -> a folder on disk.

`project` says what a new project holds (the package data under `files/`, the site's CSS/JS
and, on request, the bundled example corpus); `create` writes it, never replacing a file
unless forced.
"""
