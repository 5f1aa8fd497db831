"""Upload checks and clean-up for the image library, through the admin add form editors use."""

import io
import warnings

import PIL.features
import PIL.Image
import PIL.ImageCms
import PIL.PngImagePlugin
import pytest
from django import forms
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.template.defaultfilters import filesizeformat
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from filmhub.images import clean_uploaded_image
from filmhub.models import Image
from tests.factories import image_bytes

pytestmark = pytest.mark.django_db

IMAGE_ADD = reverse("admin:filmhub_image_add")
GPS_IFD = 0x8825
ORIENTATION = 0x0112
DJANGO_INVALID_IMAGE = str(forms.ImageField.default_error_messages["invalid_image"])
OUR_INVALID_IMAGE = "The file is not a picture, or it is damaged."
OUR_TOO_MANY_PIXELS = "The picture has too many pixels to be processed safely."
ALT_TEXT_NEEDED = "Describe the picture, or mark it as decorative."


def post_image(
    client: Client,
    content: bytes,
    name: str = "picture.jpg",
    content_type: str = "image/jpeg",
    **fields,
):
    data = {
        "alt_text": "A crowd outside a cinema",
        "caption": "",
        "credit": "Demo photographer",
        "focal_x": "50",
        "focal_y": "50",
        "_save": "Save",
    } | fields
    data["file"] = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post(IMAGE_ADD, data)


def form_errors(response, field: str) -> list[str]:
    assert response.status_code == 200, response.status_code
    return list(response.context["adminform"].form.errors.get(field, []))


def assert_refused(response, message: str, field: str = "file") -> None:
    """The add form came back with message on field, visible on the page, and saved nothing."""
    assert form_errors(response, field) == [message]
    assert escape(message) in response.content.decode()
    assert not Image.objects.exists()


def noisy_jpeg(size: tuple[int, int] = (200, 200)) -> bytes:
    """A JPEG that does not compress to almost nothing, unlike a flat colour."""
    output = io.BytesIO()
    PIL.Image.effect_noise(size, 64).convert("RGB").save(output, format="JPEG", quality=95)
    return output.getvalue()


def large_png(size: tuple[int, int]) -> bytes:
    """Many pixels in a few kilobytes: a blank 1-bit picture compresses almost entirely."""
    output = io.BytesIO()
    PIL.Image.new("1", size).save(output, format="PNG")
    return output.getvalue()


def stored_picture(image: Image) -> PIL.Image.Image:
    with image.file.open("rb") as stored:
        picture = PIL.Image.open(io.BytesIO(stored.read()))
        picture.load()
    return picture


# -- accepted formats ----------------------------------------------------------------------


def test_this_pillow_reads_and_writes_avif():
    """Editors are promised AVIF; a Pillow built without it must fail the build, not skip."""
    assert PIL.features.check("avif")


@pytest.mark.parametrize(
    ("image_format", "name", "extension"),
    [
        ("JPEG", "still.jpg", "jpg"),
        ("PNG", "still.png", "png"),
        ("WEBP", "still.webp", "webp"),
        ("AVIF", "still.avif", "avif"),
    ],
)
def test_editor_uploads_an_allowed_format(editor_client, image_format, name, extension):
    content = image_bytes(image_format, size=(64, 48))

    response = post_image(
        editor_client, content, name=name, content_type=f"image/{image_format.lower()}"
    )

    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (64, 48)
    assert image.file.name.endswith(f".{extension}")
    picture = stored_picture(image)
    assert picture.format == image_format
    assert picture.size == (64, 48)


def test_stored_extension_follows_the_content_not_the_uploaded_name(editor_client):
    response = post_image(editor_client, image_bytes("PNG"), name="really-a-png.jpg")

    assert response.status_code == 302
    image = Image.objects.get()
    assert image.file.name.endswith("/really-a-png.png")
    assert stored_picture(image).format == "PNG"


def test_jpeg_carrying_a_second_picture_is_accepted_as_a_jpeg(editor_client):
    """Phones store depth and HDR gain maps after the photo (MPF); Pillow calls that MPO."""
    output = io.BytesIO()
    photo = PIL.Image.new("RGB", (64, 48), (180, 40, 30))
    gain_map = PIL.Image.new("RGB", (32, 24), (0, 0, 0))
    photo.save(output, format="MPO", save_all=True, append_images=[gain_map])
    assert PIL.Image.open(io.BytesIO(output.getvalue())).format == "MPO"

    response = post_image(editor_client, output.getvalue(), name="phone.jpg")

    assert response.status_code == 302
    image = Image.objects.get()
    assert image.file.name.endswith(".jpg")
    picture = stored_picture(image)
    assert picture.format == "JPEG"
    assert picture.size == (64, 48)


# -- refused files -------------------------------------------------------------------------


def test_text_file_named_like_a_jpeg_is_refused(editor_client):
    response = post_image(editor_client, b"Just some notes, not a picture.\n" * 20)

    assert_refused(response, DJANGO_INVALID_IMAGE)


def test_truncated_jpeg_is_refused(editor_client):
    content = noisy_jpeg()
    # Pillow's verify(), which Django's form field relies on, does not decode a JPEG; the
    # header is intact, so only decoding the picture finds the damage.
    truncated = content[: len(content) // 2]
    assert PIL.Image.open(io.BytesIO(truncated)).size == (200, 200)

    response = post_image(editor_client, truncated, name="damaged.jpg")

    assert_refused(response, OUR_INVALID_IMAGE)


def test_gif_is_refused_by_its_name(editor_client):
    response = post_image(
        editor_client, image_bytes("GIF"), name="animation.gif", content_type="image/gif"
    )

    assert_refused(
        response,
        "File extension “gif” is not allowed. Allowed extensions are: jpg, jpeg, png, webp, avif.",
    )


def test_gif_named_as_a_jpeg_is_refused_by_its_content(editor_client):
    response = post_image(
        editor_client, image_bytes("GIF"), name="animation.jpg", content_type="image/jpeg"
    )

    assert_refused(response, "GIF pictures are not accepted: use JPEG, PNG, WebP or AVIF.")


def test_svg_with_a_script_is_refused(editor_client):
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b"<script>alert(document.cookie)</script>"
        b'<rect width="10" height="10" fill="red"/></svg>'
    )

    response = post_image(editor_client, svg, name="logo.svg", content_type="image/svg+xml")

    assert_refused(response, DJANGO_INVALID_IMAGE)


def test_file_over_the_size_limit_is_refused_with_both_sizes(editor_client, settings):
    settings.FILMHUB_IMAGE_MAX_BYTES = 2_000
    content = noisy_jpeg()
    assert len(content) > 2_000

    response = post_image(editor_client, content)

    assert_refused(
        response,
        f"The file is {filesizeformat(len(content))}; the limit is {filesizeformat(2_000)}.",
    )


# -- decompression bombs -------------------------------------------------------------------


def test_pillow_bomb_limit_follows_the_setting(settings):
    assert PIL.Image.MAX_IMAGE_PIXELS == settings.FILMHUB_IMAGE_MAX_PIXELS


def test_picture_over_the_configured_pixel_limit_is_refused(editor_client, settings):
    """The real limit, untouched: 45 megapixels in a few kilobytes of PNG."""
    content = large_png((9_000, 5_000))
    assert len(content) < 10_000
    assert settings.FILMHUB_IMAGE_MAX_PIXELS < 9_000 * 5_000

    response = post_image(editor_client, content, name="bomb.png", content_type="image/png")

    # Warnings are errors under pytest, so Django's form field already refuses it here.
    assert_refused(response, DJANGO_INVALID_IMAGE)


def test_bomb_warning_that_django_lets_through_is_refused(editor_client, settings, monkeypatch):
    """Outside tests Pillow's DecompressionBombWarning is only a warning, and Django's image
    field accepts the file; the upload check must turn it into a form error."""
    settings.FILMHUB_IMAGE_MAX_PIXELS = 1_000_000
    monkeypatch.setattr(PIL.Image, "MAX_IMAGE_PIXELS", 1_000_000)
    # Between Pillow's limit and twice it, Pillow warns instead of raising.
    content = large_png((1_500, 1_000))

    with warnings.catch_warnings(record=True) as recorded:
        # Production's treatment of this one warning; every other warning stays an error.
        warnings.simplefilter("error")
        warnings.simplefilter("always", PIL.Image.DecompressionBombWarning)
        response = post_image(editor_client, content, name="bomb.png", content_type="image/png")

    assert recorded
    assert {warning.category for warning in recorded} == {PIL.Image.DecompressionBombWarning}
    assert_refused(response, OUR_TOO_MANY_PIXELS)


def test_picture_over_twice_the_pixel_limit_is_refused(editor_client, settings, monkeypatch):
    settings.FILMHUB_IMAGE_MAX_PIXELS = 1_000_000
    monkeypatch.setattr(PIL.Image, "MAX_IMAGE_PIXELS", 1_000_000)
    # Pillow raises DecompressionBombError itself here, under any warning filter.
    content = large_png((2_500, 1_000))

    response = post_image(editor_client, content, name="bomb.png", content_type="image/png")

    assert_refused(response, DJANGO_INVALID_IMAGE)


def test_pixel_limit_holds_without_pillows_own_check(editor_client, settings, monkeypatch):
    settings.FILMHUB_IMAGE_MAX_PIXELS = 1_200_000
    monkeypatch.setattr(PIL.Image, "MAX_IMAGE_PIXELS", None)

    response = post_image(
        editor_client, large_png((1_500, 1_000)), name="big.png", content_type="image/png"
    )

    assert_refused(response, "The picture is 1500×1000 pixels; the limit is 1.2 megapixels.")


def test_picture_within_the_pixel_limit_is_accepted(editor_client, settings, monkeypatch):
    """The counterpart of the bomb tests: the same kind of file, under the limit."""
    settings.FILMHUB_IMAGE_MAX_PIXELS = 1_000_000
    monkeypatch.setattr(PIL.Image, "MAX_IMAGE_PIXELS", 1_000_000)

    response = post_image(
        editor_client, large_png((1_000, 1_000)), name="ok.png", content_type="image/png"
    )

    assert response.status_code == 302
    assert Image.objects.get().width == 1_000


# -- metadata ------------------------------------------------------------------------------


def exif_with_gps() -> PIL.Image.Exif:
    exif = PIL.Image.Exif()
    exif[0x010F] = "Camera maker"
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (37.0, 33.0, 59.0)
    gps[3] = "E"
    gps[4] = (126.0, 58.0, 40.0)
    return exif


XMP_WITH_GPS = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'exif:GPSLatitude="37,33.98N" exif:GPSLongitude="126,58.67E"/>'
    b"</rdf:RDF></x:xmpmeta>"
)


def located_picture(image_format: str) -> bytes:
    """A picture whose EXIF and XMP blocks both say where it was taken."""
    if image_format == "PNG":
        # Pillow writes XMP into a PNG only as a text chunk.
        text = PIL.PngImagePlugin.PngInfo()
        text.add_itxt("XML:com.adobe.xmp", XMP_WITH_GPS.decode())
        return image_bytes(image_format, exif=exif_with_gps(), pnginfo=text)
    return image_bytes(image_format, exif=exif_with_gps(), xmp=XMP_WITH_GPS)


@pytest.mark.parametrize(
    ("image_format", "name"),
    [
        ("JPEG", "located.jpg"),
        ("PNG", "located.png"),
        ("WEBP", "located.webp"),
        ("AVIF", "located.avif"),
    ],
)
def test_location_data_is_removed_on_upload(editor_client, image_format, name):
    content = located_picture(image_format)
    uploaded = PIL.Image.open(io.BytesIO(content))
    assert uploaded.getexif().get_ifd(GPS_IFD)[2] == (37.0, 33.0, 59.0)
    assert b"GPSLatitude" in content

    response = post_image(
        editor_client, content, name=name, content_type=f"image/{image_format.lower()}"
    )

    assert response.status_code == 302
    picture = stored_picture(Image.objects.get())
    assert picture.format == image_format
    assert "exif" not in picture.info
    assert not picture.getexif()
    assert not picture.getexif().get_ifd(GPS_IFD)
    assert "xmp" not in picture.info
    with Image.objects.get().file.open("rb") as stored:
        assert b"GPSLatitude" not in stored.read()


def test_exif_orientation_is_applied_on_upload(editor_client):
    # Left half red, right half blue, to be shown turned a quarter clockwise (Orientation 6).
    picture = PIL.Image.new("RGB", (60, 40), (255, 0, 0))
    picture.paste((0, 0, 255), (30, 0, 60, 40))
    exif = PIL.Image.Exif()
    exif[ORIENTATION] = 6
    output = io.BytesIO()
    picture.save(output, format="JPEG", exif=exif, quality=95)

    response = post_image(editor_client, output.getvalue(), name="sideways.jpg")

    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (40, 60)
    stored = stored_picture(image).convert("RGB")
    assert stored.size == (40, 60)
    red, _, blue = stored.getpixel((20, 10))
    assert red > 200 and blue < 60
    red, _, blue = stored.getpixel((20, 50))
    assert blue > 200 and red < 60
    assert ORIENTATION not in stored_picture(image).getexif()


def test_clean_uploaded_image_keeps_the_colour_profile():
    profile = PIL.ImageCms.ImageCmsProfile(PIL.ImageCms.createProfile("sRGB")).tobytes()
    content = image_bytes("JPEG", icc_profile=profile)

    cleaned = clean_uploaded_image(ContentFile(content, name="profiled.jpg"))

    assert PIL.Image.open(io.BytesIO(cleaned.read())).info.get("icc_profile") == profile


# -- alt text and focal point --------------------------------------------------------------


def test_alt_text_is_required(editor_client):
    response = post_image(editor_client, image_bytes(), alt_text="")

    assert_refused(response, ALT_TEXT_NEEDED, field="alt_text")


def test_alt_text_of_blanks_is_required(editor_client):
    response = post_image(editor_client, image_bytes(), alt_text="   ")

    assert_refused(response, ALT_TEXT_NEEDED, field="alt_text")


def test_decorative_picture_needs_no_alt_text(editor_client):
    response = post_image(editor_client, image_bytes(), alt_text="", is_decorative="on")

    assert response.status_code == 302
    image = Image.objects.get()
    assert image.is_decorative
    assert image.alt_text == ""


def test_database_refuses_an_image_without_alt_text_that_is_not_decorative():
    image = Image(
        file=SimpleUploadedFile("still.jpg", image_bytes(), content_type="image/jpeg"),
        alt_text="",
        is_decorative=False,
    )

    with pytest.raises(IntegrityError), transaction.atomic():
        image.save()

    assert not Image.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [("focal_x", "101"), ("focal_y", "101"), ("focal_x", "-1"), ("focal_y", "250")],
)
def test_focal_point_outside_the_frame_is_refused(editor_client, field, value):
    response = post_image(editor_client, image_bytes(), **{field: value})

    assert form_errors(response, field)
    assert not Image.objects.exists()


def test_focal_point_on_the_edge_is_accepted(editor_client):
    response = post_image(editor_client, image_bytes(), focal_x="0", focal_y="100")

    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.focal_x, image.focal_y) == (0, 100)


def test_a_picture_with_another_extension_names_only_the_accepted_ones(editor_client):
    response = post_image(
        editor_client, image_bytes("JPEG"), name="photo.tiff", content_type="image/tiff"
    )

    assert_refused(
        response,
        "File extension “tiff” is not allowed. Allowed extensions are: jpg, jpeg, png, webp, avif.",
    )
