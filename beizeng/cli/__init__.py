"""The ``beizeng`` command: ``app`` (the Typer app, the shared options, the machine's faults in one
Chinese sentence), ``main`` (run, ingest, templates, demo … and registering ``commands/``), the command
groups in ``commands/``, usage in Chinese (usage_zh) and tables that fit the terminal (terminal).
The top of the stack: nothing imports it.
"""
