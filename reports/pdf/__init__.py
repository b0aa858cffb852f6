"""PDF documents (reportlab, no Qt), made with one kit: looks in :mod:`reports.pdf.styles`, figures as
text in :mod:`reports.pdf.formatting`, tables in :mod:`reports.pdf.tables`, the page furniture and the
file in :mod:`reports.pdf.document`, words in :mod:`reports.pdf.i18n`.

Each document is a module with one ``write_…(read_model, path, lang)`` function that lays
out a service read model; it never computes a figure itself.
"""
