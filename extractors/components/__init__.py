"""sovang spaCy components, one kind of span or relation each (importing registers them)."""
from . import sentences, units, awards, collectives, persons, campaigns, officials, conferrals, championships, \
    parenthesised_titles, won_by  # noqa: F401
