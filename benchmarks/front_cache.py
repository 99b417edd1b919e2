"""Varnish in front of the running app against nginx serving the same bytes (make bench).

Varnish runs with docs/varnish.vcl, pointed at the benchmark's app server; nginx
(a temporary configuration) serves the page's bytes, as Varnish sends them, as a
static file. Both on loopback; without varnishd or nginx the rows are skipped.
"""

import gzip as gzip_module
import shutil
import socket
import subprocess
import time
import urllib.request

from server import HOST, ROOT, free_port, log, stop

TARGET_FRONT = 0.5
FRONT_TARGET = "event"
GZIP = {"Accept-Encoding": "gzip"}
NGINX_CONF = """
daemon off;
worker_processes auto;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log;
events {{ worker_connections 512; }}
http {{
    access_log off;
    include /etc/nginx/mime.types;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen {host}:{port};
        root {tmp}/www;
        gzip_static on;
        location / {{ index index.html; }}
    }}
}}
"""


def wait_for_port(port, process, what, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.2)
    log(f"{what} did not answer on {HOST}:{port} within {timeout} s")
    return False


def get_gzipped(url):
    request = urllib.request.Request(url, headers=GZIP)
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.headers.get("Content-Encoding"), response.read()


def front_cache_rows(tmp, backend_port, url_path, measure):
    """Varnish (docs/varnish.vcl) in front of the running app against nginx serving the
    page's bytes, as Varnish sends them, as a static file. None when either is missing."""
    varnishd, nginx = shutil.which("varnishd"), shutil.which("nginx")
    missing = [name for name, path in (("varnishd", varnishd), ("nginx", nginx)) if not path]
    if missing:
        log(f"{' and '.join(missing)} not found (apt-get install varnish nginx): skipped")
        return None, f"skipped: {', '.join(missing)} not installed"
    folder = tmp / "front"
    (folder / "www").mkdir(parents=True)
    # Readable by the unprivileged workers of varnishd and nginx.
    for path in (tmp, folder, folder / "www"):
        path.chmod(0o755)
    vcl = (ROOT / "docs" / "varnish.vcl").read_text()
    if '.port = "8000";' not in vcl:
        return None, "skipped: docs/varnish.vcl names no backend port 8000"
    (folder / "bench.vcl").write_text(vcl.replace('.port = "8000";', f'.port = "{backend_port}";'))
    varnish_port, nginx_port = free_port(), free_port()
    processes = []
    try:
        log(f"starting varnishd on {HOST}:{varnish_port} (docs/varnish.vcl)")
        command = [varnishd, "-F", "-n", str(folder / "varnish"), "-a", f"{HOST}:{varnish_port}"]
        command += ["-T", f"{HOST}:0", "-f", str(folder / "bench.vcl"), "-s", "malloc,64m"]
        varnish = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(varnish)
        if not wait_for_port(varnish_port, varnish, "varnishd"):
            return None, "skipped: varnishd did not start"
        front_url = f"http://{HOST}:{varnish_port}{url_path}"
        get_gzipped(front_url)  # a miss: Varnish fetches and keeps it
        encoding, body = get_gzipped(front_url)
        (folder / "www" / "index.html").write_bytes(
            gzip_module.decompress(body) if encoding == "gzip" else body
        )
        if encoding == "gzip":
            (folder / "www" / "index.html.gz").write_bytes(body)

        log(f"starting nginx on {HOST}:{nginx_port} (a temporary configuration)")
        (folder / "nginx.conf").write_text(
            NGINX_CONF.format(tmp=folder, host=HOST, port=nginx_port)
        )
        nginx_process = subprocess.Popen(
            [nginx, "-c", str(folder / "nginx.conf"), "-p", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(nginx_process)
        if not wait_for_port(nginx_port, nginx_process, "nginx"):
            return None, "skipped: nginx did not start"
        static_url = f"http://{HOST}:{nginx_port}/"
        if get_gzipped(static_url) != (encoding, body):
            return None, "skipped: nginx does not send the bytes Varnish sends"
        front, static = measure(front_url, GZIP), measure(static_url, GZIP)
        return (url_path, len(body), front, static), None
    finally:
        for process in reversed(processes):
            stop(process)
