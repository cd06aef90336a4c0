"""The web page in a real headless Chromium (Debian's chromium + chromium-driver, installed by
scripts/setup.sh), driven by Selenium: highlights and the safe copy, a photo's regions and its
metadata-free download, a suggestion applied and the risk re-scored, a name allowed, the keyboard
alone, and a request without the token refused."""

import base64
import io
import shutil
import socket
import threading
import time

import pytest
from PIL import Image

from phiscrub.web.app import create_app, host_names
from phiscrub.web.service import Service

TOKEN = "browser-token-0123456789abcdef"
DRAFT = "Huge thanks to the crew who looked after Mrs Edna Pallister, 97, in Appledore at 3am after her fall."


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(scrubber):
    import uvicorn

    port = _free_port()
    app = create_app(Service(scrubber), TOKEN, host_names("127.0.0.1", port))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    assert chromium and driver, "Chromium is missing: run `make setup` (apt-get install chromium chromium-driver)"
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    b = webdriver.Chrome(service=DriverService(executable_path=driver), options=options)
    b.set_page_load_timeout(30)
    yield b
    b.quit()


def _wait(browser, condition, timeout=20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, timeout).until(condition)


def _open(browser, server):
    browser.get(f"{server}/?token={TOKEN}")
    _wait(browser, lambda b: b.find_element("id", "draft"))


def _check(browser, text):
    from selenium.webdriver.common.by import By

    box = browser.find_element(By.ID, "draft")
    box.clear()
    box.send_keys(text)
    browser.find_element(By.ID, "check").click()
    _wait(browser, lambda b: b.find_element(By.ID, "risk-level").text.strip().lower() in ("low", "medium", "high"))
    time.sleep(1.0)  # a debounced check after the last keystroke may still be on its way


def test_draft_highlights_and_safe_copy(browser, server):
    from selenium.webdriver.common.by import By

    _open(browser, server)
    _check(browser, DRAFT)
    marks = _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "#highlighted mark.finding"))
    assert "PERSON" in {m.get_attribute("data-type") for m in marks}
    assert browser.find_elements(By.CSS_SELECTOR, "#highlighted .mention")
    _wait(browser, lambda b: "[NAME]" in _safe(b))
    assert "Pallister" not in _safe(browser)
    assert _wait(browser, lambda b: b.find_element(By.ID, "risk-level").text.strip().lower()) == "high"


def _safe(browser) -> str:
    el = browser.find_element("id", "safe")
    return el.get_attribute("value") or el.text


def test_apply_a_suggestion_and_the_risk_is_rescored(browser, server):
    from selenium.webdriver.common.by import By

    _open(browser, server)
    _check(browser, "Called out at 3am to a 102-year-old retired coxswain in Appledore. What a gent!")
    _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "#suggestions li.suggestion button.apply"))
    before_text = browser.find_element(By.ID, "draft").get_attribute("value")
    k_before = browser.find_element(By.ID, "risk-k").text
    for _ in range(4):
        buttons = browser.find_elements(By.CSS_SELECTOR, "#suggestions li.suggestion button.apply")
        if not buttons:
            break
        buttons[0].click()
        _wait(browser, lambda b, old=before_text: b.find_element(By.ID, "draft").get_attribute("value") != old)
        time.sleep(1.0)
        before_text = browser.find_element(By.ID, "draft").get_attribute("value")
    level = _wait(browser, lambda b: b.find_element(By.ID, "risk-level").text.strip().lower())
    assert level in ("low", "medium") and browser.find_element(By.ID, "risk-k").text != k_before


def test_allow_a_name_and_it_reappears(browser, server):
    from selenium.webdriver.common.by import By

    _open(browser, server)
    _check(browser, "Well done Priya Raman on passing your OSCE!")
    _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "button.allow"))
    assert "Priya Raman" not in _safe(browser)
    browser.find_elements(By.CSS_SELECTOR, "button.allow")[0].click()
    _wait(browser, lambda b: "Priya Raman" in _safe(b))
    assert "Priya Raman" in browser.find_element(By.ID, "allowed").text


def test_photo_regions_and_download_without_metadata(browser, server, tmp_path):
    from pathlib import Path

    from selenium.webdriver.common.by import By

    source = Path(__file__).resolve().parents[1] / "samples" / "images" / "wristband_plain.jpg"
    path = tmp_path / "band.jpg"
    exif = Image.Exif()
    exif.get_ifd(0x8825)[2] = (50.0, 22.0, 0.0)
    Image.open(source).convert("RGB").save(path, exif=exif.tobytes())
    _open(browser, server)
    browser.find_element(By.ID, "photo-input").send_keys(str(path))
    photo = _wait(browser, lambda b: b.find_element(By.CSS_SELECTOR, "#photos .photo img.after"), timeout=60)
    assert photo
    assert browser.find_elements(By.CSS_SELECTOR, "#photos .photo .region")
    href = browser.find_element(By.CSS_SELECTOR, "#photos .photo a.download").get_attribute("href")
    raw = base64.b64decode(href.split(",", 1)[1])
    safe = Image.open(io.BytesIO(raw))
    assert not safe.getexif() and "exif" not in safe.info


def test_keyboard_only(browser, server):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _open(browser, server)
    browser.find_element(By.TAG_NAME, "body").click()
    seen = []
    for _ in range(25):  # Tab through the page until the draft box has focus
        ActionChains(browser).send_keys(Keys.TAB).perform()
        seen.append(browser.switch_to.active_element.get_attribute("id"))
        if seen[-1] == "draft":
            break
    assert seen[-1] == "draft", seen
    ActionChains(browser).send_keys("Thanks to Mrs Edna Pallister for the cake.").perform()
    for _ in range(10):  # on to the Check button, pressed with Enter
        ActionChains(browser).send_keys(Keys.TAB).perform()
        if browser.switch_to.active_element.get_attribute("id") == "check":
            break
    assert browser.switch_to.active_element.get_attribute("id") == "check"
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    _wait(browser, lambda b: "[NAME]" in _safe(b))


def test_a_request_without_the_token_is_refused(browser, server):
    browser.get(f"{server}/")
    assert "token" in browser.find_element("tag name", "body").text.lower()
    browser.get(f"{server}/?token=wrong-token")
    assert "token" in browser.find_element("tag name", "body").text.lower()


def _axe_violations(browser) -> list:
    """axe-core (4.9, shipped inside the selenium-axe-python wheel) over the page as it is now:
    WCAG 2.0 and 2.1, levels A and AA (labels, names, roles, focus, contrast)."""
    from selenium_axe_python import Axe

    axe = Axe(browser)
    axe.inject()
    browser.set_script_timeout(60)
    result = axe.run(options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
    assert len(result["passes"]) >= 10, "axe did not run its checks"
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]


def test_no_accessibility_violations_with_results_and_a_photo(browser, server, tmp_path):
    from pathlib import Path

    from selenium.webdriver.common.by import By

    _open(browser, server)
    assert _axe_violations(browser) == []  # the empty page
    _check(browser, DRAFT)
    source = Path(__file__).resolve().parents[1] / "samples" / "images" / "wristband_plain.jpg"
    browser.find_element(By.ID, "photo-input").send_keys(str(source))
    _wait(browser, lambda b: b.find_element(By.CSS_SELECTOR, "#photos .photo img.after"), timeout=60)
    _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "#suggestions button"))
    assert _axe_violations(browser) == []  # findings, risk, suggestions and a photo card on show
    browser.execute_script("document.querySelector('label[for=draft]').remove()")
    assert "label" in {v[0] for v in _axe_violations(browser)}  # the audit does catch an unlabelled field


@pytest.mark.parametrize("width,height", [(820, 1180), (1180, 820), (768, 1024)])
def test_usable_on_a_tablet(browser, server, width, height):
    """Portrait and landscape tablet sizes: nothing wider than the screen, and the controls in reach."""
    from selenium.webdriver.common.by import By

    browser.set_window_size(width, height)
    try:
        _open(browser, server)
        _check(browser, DRAFT)
        inner = browser.execute_script("return window.innerWidth")
        assert browser.execute_script("return document.documentElement.scrollWidth") <= inner
        for css in ("#draft", "#check", "#mode", "#copy", "#photo-input + *, #dropzone", "#risk-level"):
            el = browser.find_element(By.CSS_SELECTOR, css)
            box = browser.execute_script("const r = arguments[0].getBoundingClientRect();"
                                         "return [r.left, r.right, r.width, r.height];", el)
            assert box[0] >= 0 and box[1] <= inner and box[2] > 0 and box[3] > 0, (css, box)
        assert browser.find_element(By.ID, "draft").size["width"] >= 300  # room to read and type a post
    finally:
        browser.set_window_size(1280, 1000)
