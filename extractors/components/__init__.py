"""sovang spaCy components, one kind of span or relation each (importing registers them)."""
from . import sentences, units, awards, collectives, persons, campaigns, officials, conferrals, championships  # noqa: F401
