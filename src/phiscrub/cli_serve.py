"""``phiscrub serve``: the local web page (``phiscrub.web``) under uvicorn."""

from __future__ import annotations

import ipaddress
import logging
import os
import sys

import click

from phiscrub.config import POSTING_SIZE, ScrubConfig
from phiscrub.image.load import MIN_MAX_SIDE
from phiscrub.report import EXIT_ERROR


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but this computer (127.0.0.1) lets others on the network in.")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
@click.option("--token", default=None, help="Use this access token instead of a random one (for a Trust's own server).")
@click.option("--photo-size", type=int, default=POSTING_SIZE, show_default=True,
              help="Shrink photos to at most this many px on the longer side before checking them, the size "
                   "social networks post at (Facebook: 2048). 0 keeps each photo's own size (slower).")
def serve_command(host: str, port: int, token, photo_size: int) -> None:
    """Run the local web page: paste a draft, drop photos, see what is found and why, copy the safe post.

    Drafts and photos stay in this process's memory for one request; nothing is written or logged.
    Every request must carry the token printed below (the address includes it).
    """
    import uvicorn

    from phiscrub.api import Scrubber
    from phiscrub.web.app import create_app, host_names, new_token
    from phiscrub.web.service import Service

    token = token or new_token()
    if len(token) < 16:
        click.echo("phiscrub: error: --token must be at least 16 characters", err=True)
        sys.exit(EXIT_ERROR)
    if photo_size and photo_size < MIN_MAX_SIDE:
        click.echo(f"phiscrub: error: --photo-size must be 0 or at least {MIN_MAX_SIDE}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo("phiscrub: loading models…", err=True)
    scrubber = Scrubber(ScrubConfig(image_threads=os.cpu_count() or 1)).warm_up(photos=photo_size or POSTING_SIZE)
    service = Service(scrubber, photo_size)
    app = create_app(service, token, host_names(host, port))
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    if _loopback(host):
        click.echo(f"phiscrub: listening on {host}:{port}, this computer only.", err=True)
    else:
        click.echo(f"phiscrub: WARNING: listening on {host}:{port}: other machines on the network can reach this "
                   "page (they still need the token).", err=True)
    click.echo(f"phiscrub: open http://{shown}:{port}/?token={token}", err=True)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning", server_header=False)
