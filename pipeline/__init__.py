"""sovang pipeline: discovery, readers, normalisation, the ingest job and the CLI."""

__version__ = "0.1.0"
