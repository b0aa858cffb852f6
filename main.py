"""Start CoopDesk: the desktop window, or a command (see ``coop-desk --help``)."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen Windows build starts the draft readers (spawn) through here
    # imported here, not above: a draft reader process (spawn) runs this file again under another name,
    # and must not import the whole application to read a workbook (reports.xlsx.plan_pool)
    from coop_desk.cli import main

    main()
