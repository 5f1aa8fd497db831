"""Checks and clean-up for uploaded images.

Pillow only *warns* about a picture whose pixel count suggests a decompression bomb
(it raises an error only at twice its limit), and Django's ImageField lets that warning
through. Here the warning is an error, the file must really be one of the allowed
formats by its content, and EXIF data (which carries GPS location) is removed.
"""

import io
import warnings
from pathlib import PurePath

import PIL.Image
import PIL.ImageOps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "AVIF": "avif"}
# Pillow reports a JPEG that carries further pictures after the photo (a phone's depth or
# HDR gain map, in an MPF block) as MPO. It is a JPEG; only the photo itself is kept.
FORMAT_ALIASES = {"MPO": "JPEG"}


def picture_format(picture: PIL.Image.Image) -> str | None:
    return FORMAT_ALIASES.get(picture.format, picture.format)


def open_checked(file: File) -> PIL.Image.Image:
    """Open an upload with Pillow, raising ValidationError for anything we refuse."""
    if file.size is not None and file.size > settings.FILMHUB_IMAGE_MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s.")
            % {
                "size": filesizeformat(file.size),
                "limit": filesizeformat(settings.FILMHUB_IMAGE_MAX_BYTES),
            },
            code="file_too_large",
        )
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PIL.Image.DecompressionBombWarning)
            picture = PIL.Image.open(file)
            picture.load()
    except (PIL.Image.DecompressionBombWarning, PIL.Image.DecompressionBombError):
        raise ValidationError(
            _("The picture has too many pixels to be processed safely."), code="too_many_pixels"
        ) from None
    except Exception:
        # Pillow raises many types for broken or non-image files; all mean the same here.
        # Not code="invalid_image": a model form would swap in its own field's message.
        raise ValidationError(
            _("The file is not a picture, or it is damaged."), code="damaged_image"
        ) from None
    finally:
        file.seek(0)
    if picture_format(picture) not in ALLOWED_FORMATS:
        raise ValidationError(
            _("%(format)s pictures are not accepted: use JPEG, PNG, WebP or AVIF.")
            % {"format": picture.format or _("Unknown")},
            code="format_not_allowed",
        )
    width, height = picture.size
    if width * height > settings.FILMHUB_IMAGE_MAX_PIXELS:
        raise ValidationError(
            _("The picture is %(width)s×%(height)s pixels; the limit is %(limit)s megapixels.")
            % {
                "width": width,
                "height": height,
                # "2.5", not a floor division's "2": a limit may be any number of pixels.
                "limit": f"{settings.FILMHUB_IMAGE_MAX_PIXELS / 1_000_000:g}",
            },
            code="too_many_pixels",
        )
    return picture


# The name is checked first, so a file gets one clear message, not two.
check_extension = FileExtensionValidator(["jpg", "jpeg", "png", "webp", "avif"])


def validate_image_upload(file: File) -> None:
    # A stored file was checked when it was uploaded; reading it again on every save
    # would cost a storage round trip (and leave the file open).
    if getattr(file, "_committed", False):
        return
    check_extension(file)
    open_checked(file)


def clean_uploaded_image(file: File) -> ContentFile:
    """Re-encode an accepted upload without EXIF, with its orientation applied."""
    picture = open_checked(file)
    image_format = picture_format(picture)
    picture = PIL.ImageOps.exif_transpose(picture)
    options = {}
    if icc_profile := picture.info.get("icc_profile"):
        options["icc_profile"] = icc_profile
    if image_format == "JPEG":
        options |= {"quality": 90, "optimize": True}
        if picture.mode not in {"RGB", "L", "CMYK"}:
            picture = picture.convert("RGB")
    elif image_format in {"WEBP", "AVIF"}:
        options["quality"] = 90
    output = io.BytesIO()
    # Saving without an exif= argument writes no EXIF block at all.
    picture.save(output, format=image_format, **options)
    stem = PurePath(file.name).stem or "image"
    return ContentFile(output.getvalue(), name=f"{stem}.{ALLOWED_FORMATS[image_format]}")
