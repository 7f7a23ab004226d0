"""sovang spaCy components, one kind of span or relation each (importing registers them)."""
from . import sentences, units, awards, persons, campaigns, officials, conferrals  # noqa: F401
