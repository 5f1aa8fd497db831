from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from filmhub.models import Image
from filmhub.renditions import (
    CROPS,
    generate_renditions,
    manifest_names,
    remove_renditions,
    rendition_folder,
)


class Command(BaseCommand):
    help = (
        "Make the responsive renditions of library images: by default only for images "
        "without them (saved before renditions existed, or missing a crop added since)."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group()
        which.add_argument(
            "--missing-only",
            action="store_true",
            help="Only images whose renditions are missing (the default).",
        )
        which.add_argument(
            "--all",
            action="store_true",
            help=(
                "Make every image's renditions again, e.g. after a change of widths. The "
                "new files get new names, so no cache goes on serving an old one."
            ),
        )

    def handle(self, *args, **options):
        made = failed = 0
        images = Image.objects.only("file", "focal_x", "focal_y", "renditions").order_by("pk")
        for image in images.iterator(chunk_size=200):
            if not image.file or not (options["all"] or needs_renditions(image.renditions)):
                continue
            try:
                manifest = generate_renditions(image)
            except (OSError, ValidationError) as error:
                failed += 1
                self.stderr.write(f"Image {image.pk} ({image.file.name}): {error}")
                continue
            # An update, not save(): no new "updated" time or version for a derived field.
            # It applies only if nobody changed the file or focal point meanwhile.
            unchanged = Image.objects.filter(
                pk=image.pk,
                file=image.file.name,
                focal_x=image.focal_x,
                focal_y=image.focal_y,
            )
            if not unchanged.update(renditions=manifest):
                current = Image.objects.filter(pk=image.pk).values_list("renditions", flat=True)
                remove_renditions(
                    keep=manifest_names(current.first() or {}),
                    candidates=manifest_names(manifest),
                    folders=[],
                )
                continue
            remove_renditions(
                keep=manifest_names(manifest),
                candidates=manifest_names(image.renditions),
                folders=[rendition_folder(image.file.name)],
            )
            made += 1
        if options["verbosity"] >= 1:
            self.stdout.write(f"Renditions made for {made} image(s).")
        if failed:
            raise CommandError(f"{failed} image(s) failed; see the messages above.")


def needs_renditions(manifest: dict) -> bool:
    return not manifest or not set(CROPS) <= set(manifest)
