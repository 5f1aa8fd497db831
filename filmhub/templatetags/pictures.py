from django import template
from django.core.files.storage import default_storage

from filmhub.models import Image
from filmhub.renditions import CROPS, JPEG, MODERN_FORMATS, PNG

register = template.Library()

LOADING = {"lazy", "eager"}


@register.inclusion_tag("includes/picture.html")
def picture(
    image: Image | None,
    crop: str = "original",
    *,
    sizes: str = "100vw",
    loading: str = "lazy",
    **attributes: str,
) -> dict:
    """A <picture> of a library image, from the renditions listed in its manifest.

    Reads only the image's fields and builds URLs with storage.url(): no query and no
    storage access, so a list page costs nothing per picture. "eager" is for the one
    picture above the fold (the hero); it is also fetched first. The only other
    attribute accepted is class, for the <img>.
    """
    if crop not in CROPS:
        raise ValueError(f"Unknown crop {crop!r}; the crops are {', '.join(CROPS)}.")
    if loading not in LOADING:
        raise ValueError(f"loading must be 'lazy' or 'eager', not {loading!r}.")
    css_class = attributes.pop("class", "")
    if attributes:
        raise TypeError(f"{{% picture %}} takes no {', '.join(attributes)} attribute.")
    if image is None or not image.file:
        return {}

    context = {
        "alt": "" if image.is_decorative else image.alt_text,
        "sizes": sizes,
        "loading": loading,
        "css_class": css_class,
    }
    formats = image.renditions.get(crop, {})
    fallback = formats.get(JPEG.key) or formats.get(PNG.key)
    if not fallback:
        # Saved before renditions existed, or making them failed: the original file,
        # whose size the row already knows.
        return context | {
            "sources": [],
            "img": {"src": image.file.url, "width": image.width, "height": image.height},
        }
    sources = [
        {"type": image_format.mime_type, "srcset": srcset(formats[image_format.key])}
        for image_format in MODERN_FORMATS
        if formats.get(image_format.key)
    ]
    # The src for browsers without srcset: a middle width, neither blurry nor huge.
    middle = fallback[(len(fallback) - 1) // 2]
    return context | {
        "sources": sources,
        "img": {
            "src": default_storage.url(middle["name"]),
            "srcset": srcset(fallback),
            "width": middle["width"],
            "height": middle["height"],
        },
    }


def srcset(entries: list[dict]) -> str:
    return ", ".join(f"{default_storage.url(entry['name'])} {entry['width']}w" for entry in entries)
