# The site writes British English: 3 October 2026, not Django's October 3, 2026.
DATE_FORMAT = "j F Y"
YEAR_MONTH_FORMAT = "F Y"
