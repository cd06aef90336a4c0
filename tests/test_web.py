"""The web page's server (no browser): the token and Host guards, the security headers, a draft's
analysis with allow-list and modes, photos in memory with no metadata out, and limits."""

import base64
import io

import numpy as np
import pytest
from PIL import Image
from starlette.testclient import TestClient

from phiscrub.web.app import CSP, create_app, host_names
from phiscrub.web.service import Service

TOKEN = "test-token-0123456789abcdef"
DRAFT = "Thanks Mrs Edna Pallister (NHS no 943 476 5919) from a 97-year-old's ward, Appledore, at 3am."


@pytest.fixture(scope="module")
def client(scrubber):
    app = create_app(Service(scrubber), TOKEN, host_names("127.0.0.1", 8765))
    return TestClient(app, base_url="http://127.0.0.1:8765")


def _post(client, body, token=TOKEN):
    return client.post("/api/analyze", json=body, headers={"X-Phiscrub-Token": token})


def test_every_request_needs_the_token(client):
    assert client.get("/").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    assert client.get("/static/app.js").status_code == 403
    assert _post(client, {"text": DRAFT}, token="nope").status_code == 403
    r = client.get(f"/?token={TOKEN}")
    assert r.status_code == 200 and TOKEN in r.text and "{{TOKEN}}" not in r.text


def test_a_foreign_host_header_is_refused(client):
    r = client.get(f"/?token={TOKEN}", headers={"Host": "evil.example:8765"})
    assert r.status_code == 421


def test_security_headers(client):
    r = client.get(f"/?token={TOKEN}")
    assert r.headers["content-security-policy"] == CSP
    assert r.headers["x-frame-options"] == "DENY" and r.headers["cache-control"] == "no-store"
    assert "server" not in {k.lower() for k in r.headers} or "uvicorn" not in r.headers.get("server", "")


def test_assets_ship_in_the_package_and_load_nothing_from_outside(client):
    for name in ("app.js", "app.css"):
        r = client.get(f"/static/{name}?token={TOKEN}")
        assert r.status_code == 200 and "http://" not in r.text and "https://" not in r.text
    page = client.get(f"/?token={TOKEN}").text
    assert "http://" not in page and "https://" not in page
    assert client.get(f"/static/../app.py?token={TOKEN}").status_code == 404


def test_analyze_returns_findings_mentions_safe_text_and_risk(client):
    r = _post(client, {"text": DRAFT, "mode": "tag"})
    assert r.status_code == 200
    data = r.json()
    assert "Pallister" not in data["safe_text"] and "[NAME]" in data["safe_text"]
    assert {f["entity_type"] for f in data["findings"]} >= {"PERSON", "NHS_NUMBER"}
    assert data["risk_before"]["level"] == "high" and data["risk_after"]["level"] in ("low", "medium", "high")
    assert "PERSON" in data["legend"] and data["legend"]["PERSON"]["colour"].startswith("#")
    blob = r.text.replace(data["safe_text"], "")
    for word in ("Pallister", "Edna", "943 476 5919", "Appledore"):
        assert word not in blob  # values only in the safe text (which has none of the identifiers)


def test_allow_a_name_and_switch_mode(client):
    allowed = _post(client, {"text": "Well done Priya Raman today!", "allow": ["Priya Raman"]}).json()
    assert "Priya Raman" in allowed["safe_text"] and allowed["risk_after"]["level"] == "high"
    masked = _post(client, {"text": "Well done Priya Raman today!", "mode": "mask"}).json()
    assert "Priya" not in masked["safe_text"] and "█" in masked["safe_text"]


@pytest.mark.parametrize("body, status", [
    ({"text": 5}, 400), ({"text": "x", "mode": "shout"}, 400), ({"text": "x", "allow": "Priya"}, 400),
    ({"text": "x" * 100_001}, 400),
])
def test_bad_requests_are_refused_clearly(client, body, status):
    r = _post(client, body)
    assert r.status_code == status and r.json()["error"]


def test_not_json_and_too_large(client):
    r = client.post("/api/analyze", content=b"{not json", headers={"X-Phiscrub-Token": TOKEN})
    assert r.status_code == 400
    r = client.post("/api/analyze", content=b"x" * (1024 * 1024 + 10), headers={"X-Phiscrub-Token": TOKEN})
    assert r.status_code == 413


def _jpeg_with_gps(size=(120, 80)) -> bytes:
    img = Image.fromarray(np.full((size[1], size[0], 3), 150, np.uint8))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(0x8825)[2] = (50.0, 22.0, 0.0)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif.tobytes())
    return buf.getvalue()


def test_photo_is_scrubbed_in_memory_with_no_metadata_out(client):
    r = client.post("/api/photo", files={"photo": ("garden.jpg", _jpeg_with_gps(), "image/jpeg")},
                    headers={"X-Phiscrub-Token": TOKEN})
    assert r.status_code == 200
    data = r.json()
    assert data["facts"] == {"has_gps": True, "has_capture_time": False}
    assert data["filename"] == "garden.safe.jpg" and (data["width"], data["height"]) == (120, 80)
    raw = base64.b64decode(data["safe"].split(",", 1)[1])
    safe = Image.open(io.BytesIO(raw))
    assert not safe.getexif() and "exif" not in safe.info
    risk = _post(client, {"text": "A gentleman in his 90s in the garden.", "photos": [
        {"has_gps": True, "has_capture_time": False, "region_kinds": [], "failed": False}]}).json()
    assert "PHOTO_GPS" in {f["kind"] for f in risk["risk_before"]["factors"]}


def test_photos_are_checked_and_sent_at_the_posting_size(scrubber):
    """A photo larger than the posting size is shrunk before it is checked (its GPS still reported); with
    photo size 0 it keeps its own size."""
    big = _jpeg_with_gps(size=(1600, 900))
    shrunk = Service(scrubber, photo_size=800).photo(big, "wide.jpg")
    assert (shrunk["width"], shrunk["height"]) == (800, 450) and shrunk["max_side"] == 800
    assert shrunk["facts"]["has_gps"] is True
    safe = Image.open(io.BytesIO(base64.b64decode(shrunk["safe"].split(",", 1)[1])))
    assert safe.size == (800, 450)
    whole = Service(scrubber, photo_size=0).photo(big, "wide.jpg")
    assert (whole["width"], whole["height"]) == (1600, 900) and whole["max_side"] == 0
    small = Service(scrubber, photo_size=800).photo(_jpeg_with_gps(), "garden.jpg")
    assert (small["width"], small["height"]) == (120, 80)


def test_a_file_that_is_not_a_photo_is_refused_with_no_safe_copy(client):
    r = client.post("/api/photo", files={"photo": ("notes.jpg", b"%PDF-1.7 not a photo", "image/jpeg")},
                    headers={"X-Phiscrub-Token": TOKEN})
    assert r.status_code == 422 and "safe" not in r.json()
    r = client.post("/api/photo", files={"photo": ("cut.jpg", _jpeg_with_gps()[:200], "image/jpeg")},
                    headers={"X-Phiscrub-Token": TOKEN})
    assert r.status_code == 422 and "safe" not in r.json()


def test_host_names_for_loopback_and_other_addresses():
    assert "localhost:8765" in host_names("127.0.0.1", 8765) and "127.0.0.1:8765" in host_names("127.0.0.1", 8765)
    assert host_names("10.0.0.5", 9000) == {"10.0.0.5:9000"}


def test_photo_mentions_go_back_to_the_risk_checked(client):
    ok = _post(client, {"text": "A gentleman in his 90s.", "photos": [{"has_gps": False, "has_capture_time": False,
               "region_kinds": [], "failed": False, "mentions": [{"kind": "PLACE", "attributes": [
                   ["granularity", "village"], ["population", "700"]]}]}]}).json()
    assert any(f["source"] == "photo 1" and f["kind"] == "PLACE" for f in ok["risk_after"]["factors"])
    bad = _post(client, {"text": "x", "photos": [{"mentions": [{"kind": "NAME", "attributes": []}]}]})
    assert bad.status_code == 400


def test_a_draft_does_not_wait_for_a_photo_in_work(scrubber):
    """A photo still being scrubbed (held here on an event) must not hold up a draft's results."""
    import threading

    release, started = threading.Event(), threading.Event()

    class SlowPhotos:
        def __getattr__(self, name):
            return getattr(scrubber, name)

        def scrub_image(self, data, **options):
            started.set()
            release.wait(30)
            raise RuntimeError("released")

    service = Service(SlowPhotos())
    worker = threading.Thread(target=lambda: pytest.raises(RuntimeError, service.photo, b"x", "a.jpg"))
    worker.start()
    try:
        assert started.wait(10)
        done = []
        drafter = threading.Thread(target=lambda: done.append(service.analyze({"text": DRAFT})))
        drafter.start()
        drafter.join(20)
        assert done and "[NAME]" in done[0]["safe_text"]  # answered while the photo still holds its lock
        assert worker.is_alive()
    finally:
        release.set()
        worker.join(30)
