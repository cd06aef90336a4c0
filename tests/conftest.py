"""Models sit behind session-scoped fixtures so the suite loads spaCy once."""

import pytest

from phiscrub import Scrubber


@pytest.fixture(scope="session")
def scrubber():
    return Scrubber().warm_up()


@pytest.fixture(scope="session")
def pipeline(scrubber):
    return scrubber._text


def found(scrubber, text, entity=None):
    """(surface text, type) of each finding: for assertions in tests only."""
    result = scrubber.scrub_text(text)
    return [(text[f.start:f.end], f.entity_type) for f in result.findings
            if entity is None or f.entity_type == entity]
