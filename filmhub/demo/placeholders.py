"""Placeholder pictures for the demo: gradients and simple shapes, drawn with Pillow.

No photographs ship with the project and nothing is fetched from the network; each
picture is drawn from its key, so the same key always gives the same picture.
"""

import io
import random
import zlib

import PIL.Image
import PIL.ImageDraw

SIZE = (1600, 900)

# Pairs of colours (top, bottom) that read as dusk, sea, neon and paper.
PALETTES = [
    ((18, 32, 71), (0, 150, 170)),
    ((60, 14, 60), (235, 110, 70)),
    ((10, 10, 24), (120, 60, 200)),
    ((20, 70, 60), (220, 200, 120)),
    ((90, 20, 30), (250, 180, 90)),
    ((25, 40, 90), (230, 120, 160)),
    ((30, 30, 30), (200, 170, 60)),
    ((0, 60, 100), (150, 220, 200)),
]


def placeholder_jpeg(key: str, size: tuple[int, int] = SIZE) -> bytes:
    """A JPEG of a colour gradient with circles and a film-strip band, drawn from key."""
    # A stable seed: hash() of a str changes between processes.
    rng = random.Random(zlib.crc32(key.encode()))
    top, bottom = rng.choice(PALETTES)
    width, height = size

    mask = PIL.Image.linear_gradient("L").resize(size)
    picture = PIL.Image.composite(
        PIL.Image.new("RGB", size, bottom), PIL.Image.new("RGB", size, top), mask
    )
    draw = PIL.ImageDraw.Draw(picture, "RGBA")

    for _ in range(rng.randint(3, 6)):
        radius = rng.randint(height // 10, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = (*rng.choice((top, bottom, (255, 255, 255))), rng.randint(25, 70))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)

    # A strip of film across the frame, with its sprocket holes.
    band_top = rng.randint(height // 5, height * 3 // 5)
    band_height = height // 5
    draw.rectangle((0, band_top, width, band_top + band_height), fill=(12, 12, 12, 200))
    hole = band_height // 8
    for x in range(hole, width, hole * 3):
        for y in (band_top + hole, band_top + band_height - 2 * hole):
            draw.rectangle((x, y, x + hole, y + hole), fill=(240, 240, 230, 220))
    frame_width = band_height * 4 // 3
    for x in range(hole * 2, width, frame_width + hole * 2):
        draw.rectangle(
            (x, band_top + 3 * hole, x + frame_width, band_top + band_height - 3 * hole),
            fill=(*top, 160),
        )

    output = io.BytesIO()
    picture.save(output, format="JPEG", quality=85)
    return output.getvalue()
