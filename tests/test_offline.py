"""phiscrub never touches the network: a fresh process with sockets blocked scrubs a draft."""

import subprocess
import sys
import textwrap


def test_scrub_with_sockets_blocked(tmp_path):
    code = textwrap.dedent("""
        import socket

        def refuse(*args, **kwargs):
            raise RuntimeError("network use attempted")

        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse

        from phiscrub import Scrubber
        r = Scrubber().scrub_text(
            "Email jo.bloggs@nhs.net or ring 07700 900123 about Mrs Marjorie Flint, EX2 7LB")
        assert {f.entity_type for f in r.findings} >= {"EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "POSTCODE"}, r
        print(r.text)
    """)
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "jo.bloggs" not in out.stdout and "[EMAIL]" in out.stdout


def test_presidio_side_of_the_benchmark_is_offline_too(tmp_path):
    """Presidio's email recognizer (tldextract) would fetch the public-suffix list; the
    benchmark points it at the bundled snapshot, so it works with sockets blocked."""
    root = __import__("pathlib").Path(__file__).resolve().parent.parent
    code = textwrap.dedent(f"""
        import socket, sys

        def refuse(*args, **kwargs):
            raise RuntimeError("network use attempted")

        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        sys.path.insert(0, {str(root / 'benchmarks')!r})
        from text_recall import presidio_engine
        spans = presidio_engine()(["write to jo.bloggs@nhs.net today"])[0]
        assert ("EMAIL_ADDRESS" in {{label for _, _, label in spans}}), spans
    """)
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
