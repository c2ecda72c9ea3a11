"""Starting and stopping `lkjip serve` for the tests in tests/server and bench/: a server on a free port of
127.0.0.1, with its own TMPDIR so that a test can see that every request's folder was removed."""
import io
import os
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import uuid
import zipfile


class Server:
    def __init__(self, lkjip, *args, tmpdir=None):
        self.tmpdir = tmpdir or tempfile.mkdtemp(prefix="lkjip-serve-test-")
        env = dict(os.environ, TMPDIR=self.tmpdir)
        self.log_path = os.path.join(tempfile.gettempdir(), "lkjip-serve-log-%s.txt" % uuid.uuid4().hex)
        self.log = open(self.log_path, "w+", encoding="utf-8")
        self.process = subprocess.Popen([lkjip, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                        stderr=self.log, env=env, text=True)
        line = self.process.stdout.readline()
        if not line.startswith("lkjip serve: http://127.0.0.1:"):
            self.process.kill()
            raise RuntimeError("lkjip serve did not start: %r" % line)
        self.url = line.split()[2]

    def stop(self, timeout=10):
        """SIGTERM, then the exit code; the log (stderr) as text."""
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=timeout)
        self.process.stdout.close()
        self.log.seek(0)
        text = self.log.read()
        self.log.close()
        os.unlink(self.log_path)
        return code, text

    def leftovers(self):
        return sorted(os.listdir(self.tmpdir))


def multipart(fields):
    """fields: name -> bytes. Returns (body, content type). File names are sent but mean nothing to lkjip."""
    boundary = "lkjip" + uuid.uuid4().hex
    body = io.BytesIO()
    for name, content in fields.items():
        body.write(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"../../%s.bin\"\r\n"
                    "Content-Type: application/octet-stream\r\n\r\n" % (boundary, name, name)).encode())
        body.write(content)
        body.write(b"\r\n")
    body.write(("--%s--\r\n" % boundary).encode())
    return body.getvalue(), "multipart/form-data; boundary=" + boundary


def request(url, fields=None, method=None, timeout=120):
    """(status, headers, body bytes) of one request; HTTP errors are answers too."""
    data, headers = None, {}
    if fields is not None:
        data, content_type = multipart(fields)
        headers["Content-Type"] = content_type
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def zip_bytes(entries):
    """entries: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in entries:
            z.writestr(name, content)
    return out.getvalue()


def zip_folder(folder, prefix):
    return zip_bytes([(prefix + name, open(os.path.join(folder, name), "rb").read())
                      for name in sorted(os.listdir(folder))])


def wait_until(predicate, seconds=10):
    end = time.time() + seconds
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()
