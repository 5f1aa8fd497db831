import contextlib
import io
import posixpath
from collections.abc import Iterator
from html.parser import HTMLParser
from unittest import mock

import PIL.Image
import pytest
import reversion
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.template import Context, Template
from reversion.models import Version

from filmhub import renditions
from filmhub.models import Image
from filmhub.renditions import (
    CROPS,
    MODERN_FORMATS,
    crop_box,
    manifest_names,
    rendition_folder,
)
from tests.factories import ImageFactory, uploaded_image

pytestmark = pytest.mark.django_db

RED, GREEN, BLUE, YELLOW = (220, 20, 20), (20, 200, 20), (20, 20, 220), (230, 220, 20)


def banded_upload(size: tuple[int, int] = (1600, 900)) -> SimpleUploadedFile:
    """A JPEG of four vertical bands of equal width: red, green, blue and yellow."""
    width, height = size
    picture = PIL.Image.new("RGB", size)
    band = width // 4
    for index, colour in enumerate((RED, GREEN, BLUE, YELLOW)):
        picture.paste(colour, (index * band, 0, (index + 1) * band, height))
    output = io.BytesIO()
    picture.save(output, format="JPEG", quality=95)
    return SimpleUploadedFile("bands.jpg", output.getvalue(), content_type="image/jpeg")


def transparent_png(opaque: bool = False) -> SimpleUploadedFile:
    picture = PIL.Image.new("RGBA", (1000, 600), (20, 120, 200, 255))
    if not opaque:
        picture.paste((0, 0, 0, 0), (0, 0, 500, 600))
    output = io.BytesIO()
    picture.save(output, format="PNG")
    return SimpleUploadedFile("logo.png", output.getvalue(), content_type="image/png")


def folder_contents(image: Image) -> set[str]:
    folder = rendition_folder(image.file.name)
    return {posixpath.join(folder, name) for name in default_storage.listdir(folder)[1]}


def open_rendition(name: str) -> PIL.Image.Image:
    with default_storage.open(name) as file:
        picture = PIL.Image.open(file)
        picture.load()
    return picture


def widths(image: Image, crop: str, image_format: str = "jpeg") -> list[int]:
    return [entry["width"] for entry in image.renditions[crop][image_format]]


def test_an_upload_gets_every_crop_and_format_once():
    with mock.patch.object(
        renditions, "generate_renditions", wraps=renditions.generate_renditions
    ) as generate:
        image = ImageFactory(file=banded_upload())
        image.caption = "A caption, added later"
        image.save()
        Image.objects.get(pk=image.pk).save()

    assert generate.call_count == 1
    assert set(image.renditions) == set(CROPS)
    for formats in image.renditions.values():
        # A set: PostgreSQL's jsonb does not keep key order, and nothing relies on it.
        assert set(formats) == {*(f.key for f in MODERN_FORMATS), "jpeg"}
    names = manifest_names(image.renditions)
    assert Image.objects.get(pk=image.pk).renditions == image.renditions
    assert folder_contents(image) == names
    # The "wide" crop of a 16:9 picture is the whole frame, so it shares the files.
    assert image.renditions["wide"] == image.renditions["original"]


def test_renditions_have_the_size_the_manifest_gives():
    image = ImageFactory(file=banded_upload())

    for formats in image.renditions.values():
        for entries in formats.values():
            for entry in entries:
                assert open_rendition(entry["name"]).size == (entry["width"], entry["height"])
    assert widths(image, "wide") == [400, 800, 1200, 1600]
    assert widths(image, "square") == [400, 800]


def test_a_moved_focal_point_makes_new_renditions_and_removes_the_old(
    django_capture_on_commit_callbacks,
):
    image = ImageFactory(file=banded_upload())
    old_names = manifest_names(image.renditions)

    image.focal_x = 0
    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    new_names = manifest_names(Image.objects.get(pk=image.pk).renditions)
    assert new_names == manifest_names(image.renditions)
    assert old_names.isdisjoint(new_names)
    assert folder_contents(image) == new_names


def test_old_renditions_stay_until_the_save_is_committed(django_capture_on_commit_callbacks):
    image = ImageFactory(file=banded_upload())
    old_names = manifest_names(image.renditions)

    image.focal_x = 0
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        image.save()

    assert len(callbacks) == 1
    assert all(default_storage.exists(name) for name in old_names)


def test_a_new_file_removes_the_renditions_of_the_one_it_replaces(
    django_capture_on_commit_callbacks,
):
    image = ImageFactory(file=banded_upload())
    old_folder = rendition_folder(image.file.name)

    image.file = uploaded_image("other.jpg", size=(900, 600))
    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    assert default_storage.listdir(old_folder)[1] == []
    assert widths(image, "original") == [400, 800]
    assert folder_contents(image) == manifest_names(image.renditions)


@pytest.mark.parametrize(
    ("focal_x", "expected"),
    [(0, [RED, GREEN, BLUE]), (100, [GREEN, BLUE, YELLOW])],
)
def test_a_square_crop_keeps_the_side_of_the_focal_point(focal_x, expected):
    image = ImageFactory(file=banded_upload(), focal_x=focal_x)

    smallest = open_rendition(image.renditions["square"]["jpeg"][0]["name"])
    assert smallest.size == (400, 400)
    # The middle of the left edge, of the centre and of the right edge of the crop.
    colours = [smallest.getpixel((x, 200)) for x in (20, 200, 380)]
    for colour, wanted in zip(colours, expected, strict=True):
        assert all(abs(a - b) < 40 for a, b in zip(colour, wanted, strict=True)), colours


@pytest.mark.parametrize(
    ("size", "ratio", "focal", "box"),
    [
        ((1600, 900), (1, 1), (0, 50), (0, 0, 900, 900)),
        ((1600, 900), (1, 1), (100, 50), (700, 0, 1600, 900)),
        ((1600, 900), (1, 1), (60, 50), (510, 0, 1410, 900)),
        ((1600, 900), (16, 9), (0, 0), (0, 0, 1600, 900)),
        ((900, 1600), (16, 9), (50, 0), (0, 0, 900, 506)),
        ((900, 1600), (16, 9), (50, 100), (0, 1094, 900, 1600)),
        ((900, 1600), (16, 9), (50, 50), (0, 547, 900, 1053)),
        ((1600, 900), None, (0, 0), (0, 0, 1600, 900)),
    ],
)
def test_a_crop_is_centred_on_the_focal_point_as_far_as_the_frame_allows(size, ratio, focal, box):
    assert crop_box(size, ratio, focal) == box


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((300, 200), {"wide": [300], "square": [200], "original": [300]}),
        ((1000, 700), {"wide": [400, 800], "square": [400], "original": [400, 800]}),
    ],
)
def test_renditions_are_never_wider_than_the_picture(size, expected):
    image = ImageFactory(file=uploaded_image(size=size))

    assert {crop: widths(image, crop) for crop in CROPS} == expected
    for formats in image.renditions.values():
        for entries in formats.values():
            assert all(entry["width"] <= size[0] for entry in entries)


def test_a_transparent_png_keeps_a_png_fallback():
    image = ImageFactory(file=transparent_png())

    for formats in image.renditions.values():
        assert set(formats) == {*(f.key for f in MODERN_FORMATS), "png"}
    fallback = open_rendition(image.renditions["wide"]["png"][0]["name"])
    assert fallback.mode == "RGBA"
    assert fallback.getchannel("A").getextrema()[0] == 0
    webp = open_rendition(image.renditions["wide"]["webp"][0]["name"])
    assert webp.mode == "RGBA"


def test_a_png_without_see_through_pixels_falls_back_to_jpeg():
    image = ImageFactory(file=transparent_png(opaque=True))

    assert set(image.renditions["wide"]) == {*(f.key for f in MODERN_FORMATS), "jpeg"}


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def parse(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser.elements


def render(image: Image | None, arguments: str = '"wide"') -> str:
    template = Template("{% load pictures %}{% picture image " + arguments + " %}")
    return template.render(Context({"image": image}))


def srcset_widths(srcset: str) -> dict[str, int]:
    candidates = [candidate.split() for candidate in srcset.split(", ")]
    assert all(len(parts) == 2 and parts[1].endswith("w") for parts in candidates), srcset
    return {url: int(descriptor[:-1]) for url, descriptor in candidates}


def test_the_picture_tag_gives_sources_and_an_img_with_the_crop_s_size(settings):
    image = ImageFactory(file=banded_upload(), alt_text="Bands of colour")
    sizes = "(min-width: 60rem) 33vw, 100vw"

    html = render(image, f'"wide" sizes="{sizes}" class="card__image"')

    elements = parse(html)
    assert [tag for tag, _ in elements] == ["picture", *["source"] * len(MODERN_FORMATS), "img"]
    sources = [attrs for tag, attrs in elements if tag == "source"]
    assert [source["type"] for source in sources] == [f.mime_type for f in MODERN_FORMATS]
    for source in sources:
        assert list(srcset_widths(source["srcset"]).values()) == [400, 800, 1200, 1600]
        assert source["sizes"] == sizes
    img = elements[-1][1]
    fallback = srcset_widths(img["srcset"])
    assert list(fallback.values()) == [400, 800, 1200, 1600]
    assert all(url.startswith(f"{settings.MEDIA_URL}renditions/") for url in fallback)
    assert all(url.endswith(".jpg") for url in fallback)
    assert fallback[img["src"]] == 800
    assert (img["width"], img["height"]) == ("800", "450")
    assert img["alt"] == "Bands of colour"
    assert img["loading"] == "lazy"
    assert img["decoding"] == "async"
    assert "fetchpriority" not in img
    assert img["class"] == "card__image"
    assert img["sizes"] == sizes


def test_the_picture_tag_gives_a_square_crop_square_dimensions():
    image = ImageFactory(file=banded_upload())

    img = parse(render(image, '"square"'))[-1][1]

    assert img["width"] == img["height"] == "400"


def test_an_eager_picture_is_fetched_first():
    image = ImageFactory(file=banded_upload())

    img = parse(render(image, '"wide" loading="eager"'))[-1][1]

    assert img["loading"] == "eager"
    assert img["fetchpriority"] == "high"


def test_a_decorative_picture_has_an_empty_alt():
    image = ImageFactory(file=banded_upload(), alt_text="", is_decorative=True)

    img = parse(render(image))[-1][1]

    assert img["alt"] == ""


def test_no_image_renders_nothing():
    assert render(None).strip() == ""


def test_an_unknown_crop_is_an_error():
    image = ImageFactory()

    with pytest.raises(ValueError, match="Unknown crop"):
        render(image, '"panorama"')


def test_an_image_without_renditions_shows_its_original_file():
    image = ImageFactory(file=banded_upload())
    Image.objects.filter(pk=image.pk).update(renditions={})
    image = Image.objects.get(pk=image.pk)

    elements = parse(render(image))

    assert [tag for tag, _ in elements] == ["picture", "img"]
    img = elements[-1][1]
    assert img["src"] == image.file.url
    assert (img["width"], img["height"]) == ("1600", "900")
    assert "srcset" not in img


@contextlib.contextmanager
def storage_access_refused() -> Iterator[None]:
    """Fails the test on any file access through storage or Pillow."""
    refused = mock.Mock(side_effect=AssertionError("storage was accessed"))
    with (
        mock.patch.object(FileSystemStorage, "open", refused),
        mock.patch.object(FileSystemStorage, "exists", refused),
        mock.patch.object(FileSystemStorage, "size", refused),
        mock.patch.object(FileSystemStorage, "listdir", refused),
        mock.patch.object(PIL.Image, "open", refused),
    ):
        yield


def test_the_storage_guard_catches_a_size_read_from_the_file():
    # Width and height given: with them unset, merely creating the instance reads the file.
    image = Image(file="images/never-read.jpg", width=1600, height=900)

    with storage_access_refused(), pytest.raises(AssertionError, match="storage was accessed"):
        image.file.width  # noqa: B018


@pytest.mark.parametrize("with_renditions", [True, False])
def test_the_picture_tag_makes_no_query_and_no_storage_access(
    django_assert_num_queries, with_renditions
):
    ImageFactory.create_batch(3, file=banded_upload())
    if not with_renditions:
        Image.objects.update(renditions={})
    images = list(Image.objects.all())
    template = Template(
        "{% load pictures %}{% for image in images %}{% picture image 'wide' %}{% endfor %}"
    )

    with storage_access_refused(), django_assert_num_queries(0):
        html = template.render(Context({"images": images}))

    assert html.count("<img") == 3
    assert ("/renditions/" in html) is with_renditions


def test_make_renditions_fills_missing_manifests_only():
    missing = ImageFactory(file=banded_upload())
    current = ImageFactory(file=banded_upload())
    Image.objects.filter(pk=missing.pk).update(renditions={})
    default_storage.delete(sorted(manifest_names(missing.renditions))[0])

    call_command("make_renditions", verbosity=0)

    missing.refresh_from_db()
    assert set(missing.renditions) == set(CROPS)
    assert all(default_storage.exists(name) for name in manifest_names(missing.renditions))
    assert folder_contents(missing) == manifest_names(missing.renditions)
    assert Image.objects.get(pk=current.pk).renditions == current.renditions


def test_make_renditions_all_redoes_every_image():
    image = ImageFactory(file=banded_upload())
    old_names = manifest_names(image.renditions)

    call_command("make_renditions", "--all", verbosity=0)

    image.refresh_from_db()
    new_names = manifest_names(image.renditions)
    assert new_names.isdisjoint(old_names)
    assert folder_contents(image) == new_names


def test_make_renditions_reports_an_image_whose_file_is_gone():
    image = ImageFactory(file=banded_upload())
    Image.objects.filter(pk=image.pk).update(renditions={})
    default_storage.delete(image.file.name)

    with pytest.raises(Exception, match="1 image"):
        call_command("make_renditions", verbosity=0, stderr=io.StringIO())


def test_a_reverted_image_gets_its_renditions_made_again(django_capture_on_commit_callbacks):
    with reversion.create_revision():
        image = ImageFactory(file=banded_upload())
    with reversion.create_revision(), django_capture_on_commit_callbacks(execute=True):
        image.focal_x = 0
        image.save()

    Version.objects.get_for_object(image).last().revert()
    image = Image.objects.get(pk=image.pk)
    assert (image.focal_x, image.renditions) == (50, {})
    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    assert set(image.renditions) == set(CROPS)
    assert folder_contents(image) == manifest_names(image.renditions)
