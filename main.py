"""Start CoopDesk: the desktop window, or a command (see ``coop-desk --help``)."""

from coop_desk.cli import main

if __name__ == "__main__":
    main()
