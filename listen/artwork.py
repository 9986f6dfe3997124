"""Cover art: the page's own image, or a card with the headline, square as podcast apps want.

The page's image (og:image, twitter:image) is used when the page came from the web and the
image is on a public address (as when a redirect is followed: a page cannot make listen
reach this machine or its network), or when it is embedded in the page (`data:`). A saved
page's image is never fetched: the person gave listen a file, not an address. Anything that
is not a readable JPEG, PNG, WebP or GIF, or is too large, gives way to a generated card
(Pillow, in DejaVu Sans from Debian's fonts-dejavu-core, else Pillow's own font), with a
warning, never an error.
"""

from __future__ import annotations

import base64
import hashlib
import io
import textwrap
import warnings
from urllib.parse import unquote_to_bytes, urlsplit

from PIL import Image, ImageDraw, ImageFont

from .errors import ListenError
from .fetch import get, is_private, is_web_address, parse_address

COVER = "cover.jpg"  # an article's, in its folder
SIZE = 1400  # px, square: the smallest Apple Podcasts takes (it takes up to 3000)
MAX_IMAGE_BYTES = 10_000_000
MAX_SIDE = 20_000  # px: larger images are refused before they are decoded
Image.MAX_IMAGE_PIXELS = 60_000_000  # a decompression bomb is refused, not decoded
READABLE = {"JPEG", "PNG", "WEBP", "GIF"}
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BACKGROUNDS = ("#1d3557", "#2a6f4e", "#6d2e46", "#3d405b", "#7a4419", "#264653", "#5a189a", "#8d0801")


def cover(title: str, site: str, image: str, page_url: str) -> tuple[bytes, str]:
    """A square JPEG for the article, and a warning ("" if none) when its image was not used."""
    saved_page = not image.startswith("data:") and not (is_web_address(page_url) and is_web_address(image))
    if image and not saved_page:  # a saved page's image is not fetched: the person gave a file
        try:
            return square_jpeg(image_bytes(image, page_url)), ""
        except ListenError as error:
            return card(title, site), f"the page's image was not used ({error}); the cover is a card"
    return card(title, site), ""


def image_bytes(image: str, page_url: str) -> bytes:
    """The image's bytes, from a data: address or, for a page from the web, a public address."""
    if image.startswith("data:"):
        header, _, payload = image.partition(",")
        data = base64.b64decode(payload, validate=False) if header.endswith(";base64") else unquote_to_bytes(payload)
        if len(data) > MAX_IMAGE_BYTES:
            raise ListenError(f"larger than {MAX_IMAGE_BYTES // 1_000_000} MB")
        return data
    if is_private(parse_address(image).host) and not is_private(parse_address(page_url).host):
        raise ListenError(f"{urlsplit(image).hostname} is an address on this machine or network")
    return get(image, MAX_IMAGE_BYTES, accept="image/jpeg,image/png,image/webp,image/gif").body


def square_jpeg(data: bytes) -> bytes:
    """The middle square of an image, SIZE px, as JPEG."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as picture:
                if picture.format not in READABLE:
                    raise ListenError(f"not an image listen reads ({picture.format or 'unknown'})")
                if max(picture.size) > MAX_SIDE:
                    raise ListenError(f"{picture.width} x {picture.height} px is too large")
                picture.draft("RGB", (SIZE, SIZE))  # JPEG: decode at a smaller scale when it can
                rgb = picture.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ListenError(f"not a readable image: {type(error).__name__}") from None
    side = min(rgb.size)
    left, top = (rgb.width - side) // 2, (rgb.height - side) // 2
    square = rgb.crop((left, top, left + side, top + side)).resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    return jpeg(square)


def card(title: str, site: str) -> bytes:
    """A square card: the headline large, the site's name under it, on a colour of the site's."""
    background = BACKGROUNDS[hashlib.sha1((site or title).encode()).digest()[0] % len(BACKGROUNDS)]
    picture = Image.new("RGB", (SIZE, SIZE), background)
    draw = ImageDraw.Draw(picture)
    headline = font(0, 104)
    lines = textwrap.wrap(title or "Untitled", width=20)[:7]
    if len(textwrap.wrap(title, width=20)) > 7:
        lines[-1] = lines[-1].rstrip(".,;: ") + "…"
    y = 140
    for line in lines:
        draw.text((120, y), line, font=headline, fill="#ffffff")
        y += 136
    if site:
        draw.text((120, SIZE - 220), site[:40], font=font(1, 64), fill="#e6e6e6")
    draw.text((120, SIZE - 130), "listen", font=font(1, 44), fill="#bdbdbd")
    return jpeg(picture)


def font(which: int, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(FONTS[which], size)
    except OSError:
        return ImageFont.load_default(size=size)


def jpeg(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()
