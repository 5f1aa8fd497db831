"""Responsive renditions of library images: a few crops, widths and formats, made once.

Every rendition is made when an image is saved with a new file or a new focal point,
written through the default storage, and listed in Image.renditions (the manifest):
crop -> format -> [{"name", "width", "height"}, ...], narrowest first. Pages only read
that manifest; they never resize, and never ask storage whether a file exists.

The manifest holds storage *names*, not URLs. The {% picture %} tag turns them into URLs
with default_storage.url(), which for the file system storage is string work only, so a
change of MEDIA_URL or a move to a CDN needs no regeneration.

Formats: AVIF and WebP as <source>s, and JPEG as the <img> fallback (PNG when the picture
has see-through pixels, which JPEG cannot keep). AVIF was measured on the 2-core
development machine (Pillow 13, libavif 1.4): one 1600×900 encode takes 0.33–0.56 s at
libavif's default speed 6, 0.05–0.07 s at speed 8, about what the WebP encode costs. For
the 15 demo pictures (six sizes each) that is 9.0 s of AVIF at speed 6 and 2.2 s at
speed 8, so AVIF is in, at speed 8, which makes slightly larger files for the same
quality setting.
"""

import hashlib
import io
import logging
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import PIL.features
import PIL.Image
import PIL.ImageOps
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from filmhub.images import open_checked

if TYPE_CHECKING:
    from filmhub.models import Image

logger = logging.getLogger(__name__)

# Aspect ratios (width, height); None keeps the whole frame. A crop whose frame equals
# another's (a 16:9 upload's "wide" and "original") shares that crop's files.
CROPS: dict[str, tuple[int, int] | None] = {"wide": (16, 9), "square": (1, 1), "original": None}
# Enough steps for a card in a three-column grid up to a full-width hero on a 2x screen.
WIDTHS = (400, 800, 1200, 1600)
# Folder of all renditions; each source file gets a folder of its own below it.
ROOT = "renditions"


@dataclass(frozen=True)
class Format:
    key: str
    pillow_name: str
    extension: str
    save_options: dict[str, Any] = field(default_factory=dict)

    @property
    def mime_type(self) -> str:
        return f"image/{self.key}"


AVIF = Format("avif", "AVIF", "avif", {"quality": 60, "speed": 8})
WEBP = Format("webp", "WEBP", "webp", {"quality": 80})
JPEG = Format("jpeg", "JPEG", "jpg", {"quality": 82, "optimize": True, "progressive": True})
PNG = Format("png", "PNG", "png")

# Best first: browsers take the first <source> whose type they support. A Pillow built
# without libavif still gets WebP rather than failing on every save.
MODERN_FORMATS = (AVIF, WEBP) if PIL.features.check("avif") else (WEBP,)

Box = tuple[int, int, int, int]


def crop_box(size: tuple[int, int], ratio: tuple[int, int] | None, focal: tuple[int, int]) -> Box:
    """The largest frame of the given ratio, centred on the focal point as far as it fits.

    focal is (across, down) in percent of the picture; the frame slides along the long
    side only, so the focal point always stays inside it.
    """
    width, height = size
    if ratio is None:
        return (0, 0, width, height)
    ratio_width, ratio_height = ratio
    if width * ratio_height > height * ratio_width:
        crop_width, crop_height = max(1, round(height * ratio_width / ratio_height)), height
    else:
        crop_width, crop_height = width, max(1, round(width * ratio_height / ratio_width))
    left = _slide(width, crop_width, focal[0])
    top = _slide(height, crop_height, focal[1])
    return (left, top, left + crop_width, top + crop_height)


def _slide(length: int, window: int, focal_percent: int) -> int:
    centre = length * focal_percent / 100
    return min(max(round(centre - window / 2), 0), length - window)


def rendition_widths(crop_width: int) -> list[int]:
    """The standard widths a crop can fill without upscaling, or its own if it is smaller."""
    return [width for width in WIDTHS if width <= crop_width] or [crop_width]


def rendition_folder(file_name: str) -> str:
    """The storage folder holding every rendition of one source file, and nothing else.

    It keeps the source's extension: "a.jpg" and "a.png" in one month are different files.
    """
    return posixpath.join(ROOT, file_name)


def focal_digest(focal_x: int, focal_y: int) -> str:
    # In every rendition's name, so that a moved focal point never reuses an old file
    # (browsers and CDNs may cache renditions for a long time).
    return hashlib.sha256(f"{focal_x},{focal_y}".encode()).hexdigest()[:8]


def manifest_names(manifest: dict) -> set[str]:
    return {
        entry["name"]
        for formats in manifest.values()
        for entries in formats.values()
        for entry in entries
    }


def generate_renditions(image: "Image") -> dict:
    """Write every rendition of the image's stored file and return the manifest.

    The file must already be in storage: the paths derive from its final name.
    """
    with image.file.storage.open(image.file.name, "rb") as source:
        picture = open_checked(source)
    picture = PIL.ImageOps.exif_transpose(picture)
    icc_profile = picture.info.get("icc_profile") if picture.mode != "CMYK" else None
    picture, fallback = _working_copy(picture)

    folder = rendition_folder(image.file.name)
    digest = focal_digest(image.focal_x, image.focal_y)
    made: dict[tuple[Box, int, str], dict] = {}
    manifest: dict[str, dict[str, list[dict]]] = {}
    for crop, ratio in CROPS.items():
        box = crop_box(picture.size, ratio, (image.focal_x, image.focal_y))
        crop_width, crop_height = box[2] - box[0], box[3] - box[1]
        manifest[crop] = {image_format.key: [] for image_format in (*MODERN_FORMATS, fallback)}
        for width in rendition_widths(crop_width):
            height = max(1, round(width * crop_height / crop_width))
            resized = None
            for image_format in (*MODERN_FORMATS, fallback):
                key = (box, width, image_format.key)
                if key not in made:
                    if resized is None:
                        resized = picture.resize(
                            (width, height), PIL.Image.Resampling.LANCZOS, box=box, reducing_gap=3.0
                        )
                    name = f"{folder}/{crop}-{width}-{digest}.{image_format.extension}"
                    content = _encode(resized, image_format, icc_profile)
                    made[key] = {
                        "name": default_storage.save(name, ContentFile(content)),
                        "width": width,
                        "height": height,
                    }
                manifest[crop][image_format.key].append(made[key])
    return manifest


def _working_copy(picture: PIL.Image.Image) -> tuple[PIL.Image.Image, Format]:
    """The picture in RGB, or RGBA if any pixel is see-through, and the fallback format."""
    if picture.has_transparency_data:
        rgba = picture.convert("RGBA")
        # A PNG may carry an alpha channel that is opaque everywhere; that is still a JPEG.
        if rgba.getchannel("A").getextrema()[0] < 255:
            rgba.info = {}
            return rgba, PNG
    rgb = picture.convert("RGB")
    # Drop what the source carried (EXIF, XMP, comments): some encoders copy it over.
    rgb.info = {}
    return rgb, JPEG


def _encode(picture: PIL.Image.Image, image_format: Format, icc_profile: bytes | None) -> bytes:
    options = dict(image_format.save_options)
    if icc_profile:
        options["icc_profile"] = icc_profile
    output = io.BytesIO()
    picture.save(output, format=image_format.pillow_name, **options)
    return output.getvalue()


def remove_renditions(
    keep: Iterable[str], candidates: Iterable[str], folders: Iterable[str]
) -> None:
    """Delete rendition files no manifest needs any more, as far as storage allows.

    Besides the names the previous manifest listed, each folder is swept: it belongs to
    one source file, and may hold leftovers of a rolled-back save or a reverted version.
    """
    keep = set(keep)
    doomed = set(candidates)
    for folder in folders:
        try:
            _, files = default_storage.listdir(folder)
        except (OSError, NotImplementedError):
            continue
        doomed.update(posixpath.join(folder, name) for name in files)
    for name in sorted(doomed - keep):
        try:
            default_storage.delete(name)
        except OSError:
            logger.warning("Could not delete the rendition %s", name, exc_info=True)


def generate_renditions_or_log(image: "Image") -> dict:
    """generate_renditions(), or an empty manifest if the file cannot be read or written.

    With an empty manifest pages show the original file, and make_renditions can retry;
    an editor fixing a caption is not stopped by a file missing from storage.
    """
    try:
        return generate_renditions(image)
    except (OSError, ValidationError):
        logger.warning("Could not make the renditions of %s", image.file.name, exc_info=True)
        return {}
