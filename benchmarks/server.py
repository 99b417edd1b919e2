"""The app server the benchmarks start, and the small helpers they share.

bin/serve (granian, the options of `make run`) on loopback with the environment a
benchmark gives it; manage.py commands; free ports; fetching a URL.
"""

import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
HOST = "127.0.0.1"


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def manage(env, *args, capture=False):
    command = [str(PYTHON), str(ROOT / "manage.py"), *args]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=capture, text=True)
    if result.returncode != 0:
        if capture:
            sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"[bench] failed: manage.py {' '.join(args)}")
    return result.stdout if capture else None


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_for(url, server, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("[bench] the server exited before answering")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.2)
    sys.exit(f"[bench] the server did not answer {url} within {timeout} s")


def start(env, tmp):
    """Start bin/serve --web-only (granian) with ``env``; its log goes to tmp/server.log."""
    log(f"starting granian on {HOST}:{env['PORT']} (bin/serve --web-only, madang.settings.bench)")
    return subprocess.Popen(
        [str(PYTHON), str(ROOT / "bin" / "serve"), "--web-only"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp / "server.log", "w"),  # noqa: SIM115
    )


def stop(server):
    """Stop a process the benchmark started (SIGTERM, then SIGKILL after 30 s) if it still runs."""
    if server is not None and server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def finish(server, tmp, *, keep, also_kept=""):
    """Stops the server, then keeps the folder ``tmp`` (and says so) or removes it.

    True when it was removed (the caller removes what else it made)."""
    stop(server)
    if keep:
        log(f"kept {tmp}{also_kept}")
        return False
    shutil.rmtree(tmp, ignore_errors=True)
    return True


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read()
