from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FilmhubConfig(AppConfig):
    name = "filmhub"
    verbose_name = _("Site")

    def ready(self) -> None:
        import PIL.Image
        from django.conf import settings

        import filmhub.checks  # noqa: F401  (registers the deploy checks)
        import filmhub.security  # noqa: F401
        from filmhub import protection  # noqa: F401  (connects the delete guard)
        from filmhub.caching import connect as connect_page_cache
        from filmhub.search import signals as search_signals

        search_signals.connect()
        connect_page_cache()

        # Pillow's own bomb check then fires at our limit, not at its default of ~89 MP.
        PIL.Image.MAX_IMAGE_PIXELS = settings.FILMHUB_IMAGE_MAX_PIXELS
