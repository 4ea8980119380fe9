"""Executes a notebook headless with nbclient and saves the executed copy.

Usage: python run-notebook.py NOTEBOOK EXECUTED_COPY
The kernel inherits this process's environment (GRAPHQL_URL, NOTEBOOK_RESULTS, ...). A failing
cell stops the run with the cell's traceback on stderr and exit code 1.
"""

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from traitlets.config import Config


def main(source: str, target: str) -> int:
    notebook = nbformat.read(source, as_version=4)
    # IPC (a Unix socket) rather than TCP on loopback: nothing listens on a port.
    config = Config({"KernelManager": {"transport": "ipc", "ip": str(Path(target).with_suffix(".kernel"))}})
    client = NotebookClient(notebook, timeout=300, kernel_name="python3", allow_errors=False, config=config)
    try:
        client.execute()
    except CellExecutionError as error:
        print(f"A cell of {source} failed:\n{error}", file=sys.stderr)
        return 1
    finally:
        nbformat.write(notebook, target)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
