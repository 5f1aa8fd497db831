"""Post admin forms the way a browser would: start from the form the page rendered."""

from django.forms import CheckboxInput, FileInput, MultiWidget
from django.test import Client


def rendered_form_data(client: Client, url: str) -> dict:
    """The fields of the admin form at url, filled with the values it shows."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    form = response.context["adminform"].form
    data: dict = {}
    for name, field in form.fields.items():
        if field.disabled:
            continue
        value = form[name].value()
        # A browser never sends back a file it did not pick.
        if value is None or isinstance(field.widget, FileInput):
            continue
        widget = field.widget
        if (
            isinstance(widget, MultiWidget)
            or hasattr(widget, "widget")
            and isinstance(widget.widget, MultiWidget)
        ):
            multi = widget if isinstance(widget, MultiWidget) else widget.widget
            for index, part in enumerate(multi.decompress(value)):
                data[f"{name}_{index}"] = "" if part is None else part.isoformat()
        elif isinstance(widget, CheckboxInput):
            if value:
                data[name] = "on"
        elif isinstance(value, list | tuple):
            data[name] = [str(item) for item in value]
        else:
            data[name] = value
    return data


def post_admin_form(client: Client, url: str, **changes):
    """Open the form, change some fields, save it; returns the response to the save."""
    data = rendered_form_data(client, url)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return client.post(url, {**data, "_save": "Save"})
