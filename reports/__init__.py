"""Documents: workbooks out to dealers and agencies and read back, and PDFs. No Qt."""
