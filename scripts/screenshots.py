"""Screenshots of the web page for the README: docs/page-draft.png, docs/page-risk.png, docs/page-photo.png.

Starts the app as ``phiscrub serve`` builds it on a free local port, drives Debian's headless
Chromium with Selenium, and saves three PNGs. Run with the project's venv:

    .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "screenshot-token-0123456789abcdef"
DRAFT = ("Massive thanks to the crew who came out at 3am to Mrs Edna Pallister (NHS no 943 476 5919), 97, "
         "in Appledore after her fall — she's home and already back at bingo 💙 #ProudToServe")


def main() -> None:
    import uvicorn
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from phiscrub import Scrubber
    from phiscrub.web.app import create_app, host_names
    from phiscrub.web.service import Service

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(Service(Scrubber().warm_up()), TOKEN, host_names("127.0.0.1", port))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1100",
                "--hide-scrollbars"):
        options.add_argument(arg)
    b = webdriver.Chrome(service=DriverService(executable_path=shutil.which("chromedriver")), options=options)
    wait = WebDriverWait(b, 60)
    try:
        b.get(f"http://127.0.0.1:{port}/?token={TOKEN}")
        b.find_element(By.ID, "draft").send_keys(DRAFT)
        b.find_element(By.ID, "check").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#highlighted mark.finding"))
        time.sleep(1.5)
        out = ROOT / "docs"
        out.mkdir(exist_ok=True)
        b.save_screenshot(str(out / "page-draft.png"))
        b.execute_script("document.getElementById('risk-level').scrollIntoView()")
        time.sleep(0.5)
        b.save_screenshot(str(out / "page-risk.png"))
        b.find_element(By.ID, "photo-input").send_keys(str(ROOT / "samples/images/wristband_plain.jpg"))
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#photos .photo img.after"))
        time.sleep(1.0)
        b.execute_script("document.getElementById('photos').scrollIntoView()")
        time.sleep(0.5)
        b.save_screenshot(str(out / "page-photo.png"))
        print("wrote docs/page-draft.png, docs/page-risk.png, docs/page-photo.png")
    finally:
        b.quit()
        server.should_exit = True


if __name__ == "__main__":
    main()
