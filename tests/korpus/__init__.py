"""The real-document corpus: documents, truth files and the comparison shared by tests and bench."""
