"""Data, not code: gazetteers (shipped in the wheel) and the sample corpus (repository only)."""
