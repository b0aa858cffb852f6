"""PDF documents (reportlab, no Qt): the shared base in :mod:`reports.pdf.base`, words in :mod:`reports.pdf.i18n`.

Each document is a module with one ``write_…(read_model, path, lang)`` function that lays
out a service read model; it never computes a figure itself.
"""
