"""Start CoopDesk: the desktop window, or a command (see ``coop-desk --help``)."""

import multiprocessing

from coop_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen Windows build starts the draft readers (spawn) through here
    main()
