"""Madang as it runs on several machines, started as real processes on loopback.

``cluster`` starts two granian app servers on two ports, one ``db_worker`` and
one S3 server (``moto_server``, from moto[server]; it is also the mail provider:
Amazon SES through anymail, whose sent mails the test reads back), all with the production
settings served over plain HTTP (``madang.settings.loopback``), against the
test database, one Redis (its own key prefix per run) and the bucket. The test
process writes and reads the same database. The servers serve the static files the
run's release step collected (``released``, tests/released.py).

Redis at 127.0.0.1:6379 must be running: these tests fail in CI when it is not,
and are skipped elsewhere with the reason.
"""

import contextlib
import email
import email.policy
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import quote

import boto3
import pytest
from django.conf import settings
from django.db import connection

from tests.helpers import free_port

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
REDIS_URL = os.environ.get("CLUSTER_REDIS_URL", "redis://127.0.0.1:6379/14")
BUCKET = "madang-media"
SENDER = "noreply@madang.test"
RATE_LIMIT = 4  # registration POSTs per client address and hour, across both servers


def wait_for_port(port, process, log, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{process.args} exited:\n{log.read_text()[-4000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{process.args} did not listen on {port}:\n{log.read_text()[-4000:]}")


def database_url():
    """The test database, as a URL the servers can open."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    login = quote(db["USER"] or "")
    if db["PASSWORD"]:
        login += ":" + quote(db["PASSWORD"])
    return f"postgres://{login}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def public_images_policy(bucket):
    """The bucket policy README.md asks for: anyone reads images, nobody reads documents."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicImages",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [
                    f"arn:aws:s3:::{bucket}/images/*",
                    f"arn:aws:s3:::{bucket}/original_images/*",
                ],
            }
        ],
    }


def redis_client():
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        reason = f"Redis does not answer at {REDIS_URL}: {error}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return client


class Cluster:
    def __init__(self, web, prefix, redis, s3_url):
        self.web = web  # the two app servers' ports
        self.prefix = prefix
        self.redis = redis
        self.s3_url = s3_url

    def mails(self, to):
        """The mails Amazon SES (moto) accepted for ``to``, as ``email.message.EmailMessage``."""
        with urllib.request.urlopen(f"{self.s3_url}/moto-api/data.json", timeout=10) as answer:
            sent = json.load(answer)["ses"]["RawMessage"]
        messages = [
            email.message_from_string(raw["raw_data"], policy=email.policy.default)
            for raw in sent
            if to in raw["destinations"]
        ]
        return messages

    def forget_cache(self):
        """Empty this run's part of Redis (between tests, as the database is emptied)."""
        keys = list(self.redis.scan_iter(match=f"{self.prefix}:*", count=1000))
        if keys:
            self.redis.delete(*keys)


@pytest.fixture(scope="session")
def cluster(django_db_setup, django_db_blocker, tmp_path_factory, released):
    redis = redis_client()
    folder = tmp_path_factory.mktemp("cluster")
    prefix = f"cluster-{uuid.uuid4().hex[:12]}"
    s3_port, web = free_port(), (free_port(), free_port())
    s3_url = f"http://127.0.0.1:{s3_port}"
    with django_db_blocker.unblock():
        db_url = database_url()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "madang.settings.loopback",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
        "SECRET_KEY": settings.SECRET_KEY,  # the links the test makes open on the servers
        "SITE_URL": settings.SITE_URL,
        "DATABASE_URL": db_url,
        "CONN_MAX_AGE": "0",
        "CACHE_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": prefix,
        # Collected by the run's release step (tests/released.py), read by both servers.
        "STATIC_ROOT": str(released / "static"),
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3_url,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "madang-test",
        "AWS_SECRET_ACCESS_KEY": "madang-test",
        # The mail provider as production has it: Amazon SES, here moto's.
        "MAIL_BACKEND": "anymail.backends.amazon_ses.EmailBackend",
        "ANYMAIL": json.dumps(
            {"AMAZON_SES_CLIENT_PARAMS": {"endpoint_url": s3_url, "region_name": "us-east-1"}}
        ),
        "DEFAULT_FROM_EMAIL": f"Madang <{SENDER}>",
        "RATELIMIT_IP_META_KEY": "HTTP_X_FORWARDED_FOR",
        "TRUSTED_PROXY_COUNT": "1",  # the client address is X-Forwarded-For's last entry
        "REGISTRATION_RATE_LIMIT": f"{RATE_LIMIT}/h",
        "GRANIAN_WORKERS": "1",
    }
    processes = []
    listening = []  # (port, process, log) of the servers to wait for

    def start(name, command, port=None):
        log = folder / f"{name}.log"
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        processes.append(process)
        if port:
            listening.append((port, process, log))
        return process

    manage = [sys.executable, str(ROOT / "manage.py")]
    try:
        # All four start at once (each spends seconds importing Django or moto); the
        # bucket and the mail identity are made as soon as moto listens, and the test
        # starts when both app servers listen.
        start("s3", [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(s3_port)], s3_port)
        for n, port in enumerate(web, start=1):
            start(
                f"web{n}",
                [
                    str(BIN / "granian"),
                    "--interface",
                    "wsgi",
                    "--working-dir",
                    str(ROOT / "site"),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "madang.wsgi:application",
                ],
                port,
            )
        start("worker", [*manage, "db_worker", "--interval", "0.2", "--no-startup-delay"])
        wait_for_port(*listening[0])
        s3, ses = (
            boto3.client(
                service,
                endpoint_url=s3_url,
                region_name="us-east-1",
                aws_access_key_id="madang-test",
                aws_secret_access_key="madang-test",
            )
            for service in ("s3", "sesv2")
        )
        s3.create_bucket(Bucket=BUCKET)
        s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(public_images_policy(BUCKET)))
        ses.create_email_identity(EmailIdentity=SENDER.split("@")[1])
        for server in listening[1:]:
            wait_for_port(*server)
        yield Cluster(web, prefix, redis, s3_url)
    finally:
        for process in processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        keys = list(redis.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            redis.delete(*keys)


@pytest.fixture
def servers(cluster, transactional_db, django_db_serialized_rollback):
    """The cluster, with this test's data committed where the servers see it."""
    cluster.forget_cache()
    yield cluster
    wait_for_tasks()
    cluster.forget_cache()


def wait_for_tasks(timeout=30):
    """Until the worker has run the tasks the servers enqueued that are due: one still
    running when the database is emptied after the test would write into the emptied
    database (a content type made again under a new id, which the next test's
    serialized rollback then collides with)."""
    from django_tasks_db.models import DBTaskResult

    deadline = time.monotonic() + timeout
    while (DBTaskResult.objects.ready() | DBTaskResult.objects.running()).exists():
        assert time.monotonic() < deadline, "the task worker left tasks unfinished"
        time.sleep(0.1)
