"""sovang outputs: the SQLite knowledge base, search, Datasette and exporters."""
