"""Fetching a page over the network, as safely as reading a file.

Only http and https are fetched, and every redirect is checked the same way: a page can
never make listen read a local file (`file:`), and a public page cannot redirect it to an
address on this machine or the local network. A fetch has an overall deadline, not only a
time-out per read (a server sending one byte a second would otherwise hold it for ever),
and a size limit. Every failure is one ListenError naming the address.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from .errors import ListenError

DEADLINE_SECONDS = 60.0  # the whole fetch: connecting, redirects, headers and body
READ_TIMEOUT_SECONDS = 20.0  # one read with nothing arriving
MAX_REDIRECTS = 5
REDIRECTS = {301, 302, 303, 307, 308}
USER_AGENT = "listen-articles/0.1 (+offline article-to-audio converter)"
URL_SAFE = "/%:@!$&'()*+,;=-._~"  # what a path or query keeps as it is; the rest is quoted


@dataclass(frozen=True)
class Address:
    """A URL split into what a connection needs, checked and encoded."""

    url: str
    scheme: str
    host: str  # ASCII (IDNA)
    port: int
    target: str  # the path and query, percent-encoded


def is_web_address(location: str) -> bool:
    return location.lower().startswith(("http://", "https://"))


def parse_address(url: str) -> Address:
    """Check that `url` is an http(s) address with a host, and encode it for the request line."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        raise ListenError(f"{shorten(url)}: not a valid web address") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ListenError(f"{shorten(url)}: only http and https addresses are fetched")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except (ValueError, UnicodeError):
        raise ListenError(f"{shorten(url)}: not a valid web address") from None
    if not host:
        raise ListenError(f"{shorten(url)}: not a valid web address (no host)")
    target = quote(parts.path or "/", safe=URL_SAFE)
    if parts.query:
        target += "?" + quote(parts.query, safe=URL_SAFE + "?")
    return Address(url.strip(), parts.scheme.lower(), host, port, target)


@dataclass(frozen=True)
class Response:
    """What a fetch got: the body, the address it finally came from, and what the server said
    about caching (a feed is asked again with these, and 304 means it has not changed)."""

    body: bytes
    url: str
    status: int
    etag: str = ""
    last_modified: str = ""


def fetch(url: str, max_bytes: int, deadline_seconds: float = DEADLINE_SECONDS) -> tuple[bytes, str]:
    """The body at `url` (at most `max_bytes`) and the address it finally came from."""
    response = get(url, max_bytes, deadline_seconds=deadline_seconds)
    return response.body, response.url


def get(
    url: str,
    max_bytes: int,
    accept: str = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
    cached: tuple[str, str] = ("", ""),
    deadline_seconds: float = DEADLINE_SECONDS,
    on_read: Callable[[int], None] | None = None,
) -> Response:
    """GET `url`, following checked redirects. `cached` is the ETag and Last-Modified of the copy
    the caller has: the server may answer 304 (status 304, empty body). `on_read` is told the
    size of each piece of the body as it arrives (a progress bar)."""
    deadline = time.monotonic() + deadline_seconds
    address = parse_address(url)
    private_start = is_private(address.host)
    etag, last_modified = cached
    for _ in range(MAX_REDIRECTS + 1):
        try:
            with connection(address, deadline) as conn:
                conn.putrequest("GET", address.target, skip_accept_encoding=True)
                conn.putheader("User-Agent", USER_AGENT)
                conn.putheader("Accept", accept)
                if etag:
                    conn.putheader("If-None-Match", etag)
                if last_modified:
                    conn.putheader("If-Modified-Since", last_modified)
                conn.endheaders()
                response = conn.getresponse()
                location = response.getheader("Location")
                if response.status in REDIRECTS and location:
                    address = redirect(address, location, private_start)
                    continue
                if response.status >= 400:
                    raise ListenError(f"could not fetch {shorten(url)}: HTTP {response.status} {response.reason}")
                body = b"" if response.status == 304 else read_body(response, max_bytes, deadline, url, on_read)
                return Response(
                    body, address.url, response.status,
                    response.getheader("ETag", ""), response.getheader("Last-Modified", ""),
                )  # fmt: skip
        except (OSError, http.client.HTTPException, ValueError, ssl.SSLError) as error:
            if time.monotonic() >= deadline:
                raise ListenError(f"could not fetch {shorten(url)}: no answer within {deadline_seconds:g} s") from None
            raise ListenError(f"could not fetch {shorten(url)}: {describe(error)}") from None
    raise ListenError(f"could not fetch {shorten(url)}: more than {MAX_REDIRECTS} redirects")


@contextlib.contextmanager
def connection(address: Address, deadline: float) -> Iterator[http.client.HTTPConnection]:
    """A connection that is cut when the deadline passes, whatever it is waiting for."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("deadline passed")
    kind = http.client.HTTPSConnection if address.scheme == "https" else http.client.HTTPConnection
    conn = kind(address.host, address.port, timeout=min(READ_TIMEOUT_SECONDS, remaining))
    conn.connect()
    watchdog = threading.Timer(deadline - time.monotonic(), cut, args=(conn.sock,))
    watchdog.daemon = True
    watchdog.start()
    try:
        yield conn
    finally:
        watchdog.cancel()
        conn.close()


def cut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def read_body(
    response: http.client.HTTPResponse, max_bytes: int, deadline: float, url: str,
    on_read: Callable[[int], None] | None = None,
) -> bytes:  # fmt: skip
    """Read in pieces as they come, so that the deadline and the size limit are checked."""
    declared = response.getheader("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large(url, max_bytes)
    chunks, size = [], 0
    while chunk := response.read1(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise too_large(url, max_bytes)
        chunks.append(chunk)
        if on_read:
            on_read(len(chunk))
    if time.monotonic() >= deadline:
        raise TimeoutError("deadline passed")
    return b"".join(chunks)


def too_large(location: str, max_bytes: int) -> ListenError:
    return ListenError(
        f"{shorten(location)} is larger than the {max_bytes / 1_000_000:g} MB limit (raise it with --max-size)"
    )


def redirect(current: Address, location: str, private_start: bool) -> Address:
    """Where a redirect leads, held to the same rules as the address the user gave."""
    try:
        target = parse_address(urljoin(current.url, location))
    except ListenError as error:
        raise ListenError(f"{shorten(current.url)} redirects elsewhere: {error}") from None
    if is_private(target.host) and not private_start:
        raise ListenError(f"{shorten(current.url)} redirects to {target.host}, an address on this machine or network")
    return target


def is_private(host: str) -> bool:
    """Whether `host` is, or resolves to, a loopback, private, link-local or reserved address."""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        return False  # it cannot be reached at all; the request will say so
    for text in addresses:
        address = ipaddress.ip_address(str(text).split("%")[0])
        if not address.is_global or address.is_multicast:
            return True
    return False


def describe(error: BaseException) -> str:
    """An exception in a few words, without Python's class names where the text says it."""
    if isinstance(error, socket.gaierror):
        return "no such host (or no network)"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = str(error).strip() or type(error).__name__
    return text if len(text) < 200 else text[:200] + "…"


def shorten(url: str, limit: int = 120) -> str:
    return url if len(url) <= limit else url[: limit - 1] + "…"
