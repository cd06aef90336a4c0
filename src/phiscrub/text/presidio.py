"""Presidio interop: any phiscrub recognizer as a Presidio ``EntityRecognizer``.

    from presidio_analyzer import AnalyzerEngine
    from phiscrub.text.recognizers import NhsNumberRecognizer
    engine = AnalyzerEngine()
    engine.registry.add_recognizer(NhsNumberRecognizer().to_presidio())

Presidio is imported only here, on first use, never on phiscrub's own path.
"""

from functools import lru_cache


@lru_cache(maxsize=1)
def _adapter_class():
    from presidio_analyzer import EntityRecognizer

    class PhiscrubRecognizer(EntityRecognizer):
        """Wraps one phiscrub recognizer; results already carry context, as Presidio is told."""

        def __init__(self, inner):
            self.inner = inner
            super().__init__(supported_entities=[inner.entity], name=f"phiscrub.{inner.name}",
                             supported_language="en")

        def load(self) -> None:  # patterns are compiled by the inner recognizer
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            from presidio_analyzer import RecognizerResult

            results = self.inner.analyze(text, entities, nlp_artifacts)
            for r in results:  # Presidio matches results to recognizers by these keys
                r.recognition_metadata[RecognizerResult.RECOGNIZER_NAME_KEY] = self.name
                r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
            return results

    return PhiscrubRecognizer


def as_presidio(recognizer):
    return _adapter_class()(recognizer)
