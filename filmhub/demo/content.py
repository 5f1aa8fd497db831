"""The demo site's content, written for filmhub from the facts in the seed documents.

Every text here is our own wording. Facts come from the seeds (../shared/seeds/) and, for
dates the seeds leave out, from public reports of the same events: the 30th Busan
International Film Festival ran 17–26 September 2025; the Cities of Film met in Busan
23–26 September 2025; the 19th Busan Content Market, with CANNESERIES X BUSAN at BEXCO
on its first two days, ran 28–30 May 2025.

Where there is no real date (application windows, the next edition of a recurring
event, sessions invented to show the calendar), the item comes in editions named after a
period worked out from `now` (see "Editions" below), so the site has open and closed
calls and past and upcoming events whenever the demo is loaded, however long after the
first time. Editorial and staff-writer bylines other than Natalie Moore's are fictional.

References between items are slugs; filmhub.demo.loader resolves them.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

LONDON = ZoneInfo("Europe/London")
PARIS = ZoneInfo("Europe/Paris")
SEOUL = ZoneInfo("Asia/Seoul")

IMAGE_CREDIT = "filmhub demo placeholder"

# key: what the placeholder stands in for. The alt text says it is an abstract picture.
IMAGES = {
    "city-bristol": "Bristol",
    "city-busan": "Busan",
    "city-seoul": "Seoul",
    "city-gwangju": "Gwangju",
    "city-cannes": "Cannes",
    "cities-of-film-meeting": "the Cities of Film meeting in Busan",
    "biff": "the Busan International Film Festival",
    "bcm": "the Busan Content Market",
    "canneseries-x-busan": "CANNESERIES X BUSAN",
    "seoul-film-center": "the Seoul Film Center",
    "all-set-west": "All Set West",
    "film-leaders-incubator": "the Film Leaders Incubator",
    "g-map": "Gwangju's G. Map media façade",
    "busan-residency": "the Busan film residency",
    "ko-pick": "the Ko-pick column",
}


def image_alt_text(key: str) -> str:
    return (
        f"Abstract placeholder picture for {IMAGES[key]}: a strip of film "
        "across a soft colour gradient with overlapping circles."
    )


# Dates and times ---------------------------------------------------------------------


def at(zone: ZoneInfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=zone)


def whole_days(
    zone: ZoneInfo, first: datetime.date, last: datetime.date
) -> tuple[datetime.datetime, datetime.datetime]:
    """Start and end of an all-day event: local midnight to the last minute of its last day."""
    return (
        datetime.datetime.combine(first, datetime.time(0, 0), tzinfo=zone),
        datetime.datetime.combine(last, datetime.time(23, 59), tzinfo=zone),
    )


def days_from(
    now: datetime.datetime, days: int, zone: ZoneInfo, hour: int, minute: int = 0
) -> datetime.datetime:
    """hour:minute local time in zone, `days` calendar days after today there."""
    local_day = now.astimezone(zone).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(local_day, datetime.time(hour, minute), tzinfo=zone)


def next_year_of(now: datetime.datetime, zone: ZoneInfo, month: int, day: int, after: int) -> int:
    """The first year after `after` whose month/day (local midnight) is still to come."""
    year = after + 1
    while datetime.datetime(year, month, day, tzinfo=zone) <= now:
        year += 1
    return year


# Editions ----------------------------------------------------------------------------
#
# An item without real dates recurs. Each edition is named, in its slug and title, after
# a period: a season (a calendar quarter), a half-year, a month or a year. The period is
# worked out from the site's date today, and the edition's dates from the period alone,
# never from the time of day. So every load within one period asks for the same edition,
# which the loader (keyed by slug) does not create twice, and a load in a later period
# adds the new edition and leaves the older ones as closed calls and past events.
#
# The windows are chosen so that, on whatever day the demo is loaded, the site has two
# calls taking applications, an upcoming call and upcoming sessions; the items with real
# dates add a closed programme and past events. Dates that must lie ahead start at least
# two days after today, which keeps them ahead of `now` whatever the site's time zone.

# Calendar quarters, named after the season that fills most of each.
SEASONS = ("winter", "spring", "summer", "autumn")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def site_today(now: datetime.datetime) -> datetime.date:
    """The date at `now` in the site's time zone: it picks the current period."""
    return timezone.localdate(now)


def on(day: datetime.date, zone: ZoneInfo, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=zone)


def quarter(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The first day of today's calendar quarter and the first day of the next one."""
    first = datetime.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    return first, add_months(first, 3)


def half_year(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The first day of today's half-year and the first day of the next one."""
    first = datetime.date(today.year, 1 if today.month <= 6 else 7, 1)
    return first, add_months(first, 6)


def add_months(first: datetime.date, months: int) -> datetime.date:
    """The first day of the month `months` after the month of `first`."""
    index = first.year * 12 + first.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def season_name(first: datetime.date) -> str:
    """The name of the quarter starting on `first`: January to March 2026 is "winter 2026"."""
    return f"{SEASONS[(first.month - 1) // 3]} {first.year}"


def month_name(day: datetime.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def next_monthly(today: datetime.date, day_of_month: int) -> datetime.date:
    """The first date on `day_of_month` (1 to 28) at least two days after today."""
    earliest = today + datetime.timedelta(days=2)
    candidate = earliest.replace(day=day_of_month)
    if candidate < earliest:
        candidate = add_months(candidate, 1).replace(day=day_of_month)
    return candidate


def next_yearly(today: datetime.date, month: int, day: int) -> datetime.date:
    """The first month/day at least two days after today."""
    earliest = today + datetime.timedelta(days=2)
    candidate = datetime.date(earliest.year, month, day)
    if candidate < earliest:
        candidate = candidate.replace(year=earliest.year + 1)
    return candidate


def published_by(now: datetime.datetime, when: datetime.datetime) -> datetime.datetime:
    """`when`, unless that is still to come: a demo item is published when it is loaded."""
    return min(now, when)


# Places and people -------------------------------------------------------------------

CITIES = [
    {
        "slug": "bristol",
        "name": "Bristol",
        "country": "United Kingdom",
        "designation": "film",
        "designation_year": 2017,
        "time_zone": "Europe/London",
        "image": "city-bristol",
        "profile": (
            "<p>Bristol, in the West of England, became a UNESCO City of Film in 2017. "
            "Animation studios, natural-history film-makers and a growing scripted-drama "
            "sector all work from the city.</p>\n"
            "<p>Its City of Film team, part of the city council's film services, links "
            "local film and television with partner cities abroad and runs "
            "<strong>All Set West</strong>, a skills programme that prepares newcomers "
            "for work on set.</p>"
        ),
    },
    {
        "slug": "busan",
        "name": "Busan",
        "country": "Republic of Korea",
        "designation": "film",
        "designation_year": 2014,
        "time_zone": "Asia/Seoul",
        "image": "city-busan",
        "profile": (
            "<p>Busan, the port city on Korea's south-east coast, was the first city in "
            "Asia to be named a UNESCO City of Film, in 2014, and chaired the network's "
            "film cities from July 2024 to June 2026.</p>\n"
            "<p>The city hosts the Busan International Film Festival each autumn and the "
            "Busan Content Market each spring. The Korean Film Council and the Korean "
            "Academy of Film Arts are based here, and the Busan Cinema Center, with its "
            "outdoor theatre under a huge illuminated roof, anchors the festival.</p>\n"
            "<p>Like many film cities, Busan competes for talent: young professionals "
            "are drawn to Seoul, and production investment has been falling.</p>"
        ),
    },
    {
        "slug": "seoul",
        "name": "Seoul",
        "country": "Republic of Korea",
        "designation": "design",
        "designation_year": 2010,
        "time_zone": "Asia/Seoul",
        "image": "city-seoul",
        "profile": (
            "<p>Korea's capital has been a UNESCO City of Design since 2010.</p>\n"
            "<p>The Seoul Metropolitan Government runs the Seoul Film Center, a "
            "permanent base for young and independent directors with free workspaces "
            "and AI tools, linked to a network of 23 universities.</p>"
        ),
    },
    {
        "slug": "gwangju",
        "name": "Gwangju",
        "country": "Republic of Korea",
        "designation": "media_arts",
        "designation_year": 2014,
        "time_zone": "Asia/Seoul",
        "image": "city-gwangju",
        "profile": (
            "<p>Gwangju, in south-west Korea, has been a UNESCO City of Media Arts since "
            "2014.</p>\n"
            "<p>Its interactive media façade, <strong>G. Map</strong>, measures 51 "
            "metres, and the city invites artists from other countries to create work "
            "for it.</p>"
        ),
    },
    {
        "slug": "cannes",
        "name": "Cannes",
        "country": "France",
        "designation": "film",
        "designation_year": 2021,
        "time_zone": "Europe/Paris",
        "image": "city-cannes",
        "profile": (
            "<p>Cannes, on the French Riviera, has been a byword for cinema since its film "
            "festival began, and in 2021 became the first French city named a UNESCO "
            "City of Film.</p>\n"
            "<p>The city is home to CANNESERIES, the Cannes International Series "
            "Festival, which took a selection of its series to Busan in 2025.</p>"
        ),
    },
]

ORGANISATIONS = [
    {
        "slug": "bristol-unesco-city-of-film",
        "name": "Bristol UNESCO City of Film",
        "kind": "government",
        "city": "bristol",
        "website": "https://bristolcityoffilm.co.uk/",
        "description": (
            "Bristol's City of Film team, part of Bristol City Council's film services "
            "together with the Bristol Film Office and The Bottle Yard Studios."
        ),
    },
    {
        "slug": "the-bottle-yard-studios",
        "name": "The Bottle Yard Studios",
        "kind": "venue",
        "city": "bristol",
        "description": "Bristol's largest film and television studio, run by the city council.",
    },
    {
        "slug": "unesco-cities-of-film",
        "name": "UNESCO Cities of Film",
        "kind": "network",
        "city": None,
        "website": "https://citiesoffilm.org/",
        "description": (
            "The film cities of the UNESCO Creative Cities Network, working together on "
            "exchanges, residencies and shared projects."
        ),
    },
    {
        "slug": "busan-metropolitan-city",
        "name": "Busan Metropolitan City",
        "kind": "government",
        "city": "busan",
        "description": "The city government of Busan, UNESCO City of Film.",
    },
    {
        "slug": "busan-film-commission",
        "name": "Busan Film Commission",
        "kind": "film_commission",
        "city": "busan",
        "description": ("Helps productions film in Busan, from logistics to access to locations."),
    },
    {
        "slug": "kofic",
        "name": "Korean Film Council (KOFIC)",
        "kind": "agency",
        "city": "busan",
        "website": "https://www.kofic.or.kr/",
        "description": (
            "Korea's national film agency, headquartered in Busan since 2013. Its data "
            "wall shows cinema ticket sales across the country as they happen."
        ),
    },
    {
        "slug": "kafa",
        "name": "Korean Academy of Film Arts (KAFA)",
        "kind": "academy",
        "city": "busan",
        "description": (
            "The national film school, founded in 1984 and run by the Korean Film "
            "Council; Bong Joon Ho is among its graduates."
        ),
    },
    {
        "slug": "busan-cinema-center",
        "name": "Busan Cinema Center",
        "kind": "venue",
        "city": "busan",
        "description": (
            "The home of the Busan International Film Festival, with cinemas, an "
            "outdoor theatre and a vast illuminated roof."
        ),
    },
    {
        "slug": "biff",
        "name": "Busan International Film Festival",
        "kind": "festival",
        "city": "busan",
        "website": "https://www.biff.kr/",
        "description": "Asia's leading film festival, held in Busan every autumn since 1996.",
    },
    {
        "slug": "busan-content-market",
        "name": "Busan Content Market (BCM)",
        "kind": "market",
        "city": "busan",
        "description": (
            "A yearly marketplace where producers, buyers and investors trade drama, "
            "entertainment and film content."
        ),
    },
    {
        "slug": "canneseries",
        "name": "Cannes International Series Festival (CANNESERIES)",
        "kind": "festival",
        "city": "cannes",
        "description": "The international festival for drama series, held in Cannes.",
    },
    {
        "slug": "seoul-metropolitan-government",
        "name": "Seoul Metropolitan Government",
        "kind": "government",
        "city": "seoul",
        "website": "https://www.seoul.go.kr/",
        "description": "The city government of Seoul.",
    },
    {
        "slug": "seoul-film-center",
        "name": "Seoul Film Center",
        "kind": "venue",
        "city": "seoul",
        "description": (
            "A permanent, city-funded base for young and independent directors, with "
            "free workspaces, production equipment and AI tools."
        ),
    },
    {
        "slug": "film-house-university-network",
        "name": "Film House university network (23 universities)",
        "kind": "network",
        "city": "seoul",
        "description": (
            "The 23 universities whose students use the Seoul Film Center's tools and "
            "spaces through the Film House Film Project 2026."
        ),
    },
    {
        "slug": "gwangju-city-of-media-arts",
        "name": "Gwangju UNESCO City of Media Arts",
        "kind": "government",
        "city": "gwangju",
        "description": (
            "Gwangju's media-arts programme, which invites artists to create work for G. Map."
        ),
    },
]

PEOPLE = [
    {
        "slug": "natalie-moore",
        "name": "Natalie Moore",
        "role": "Manager, Bristol UNESCO City of Film",
        "organisation": "bristol-unesco-city-of-film",
        "bio": "Manages Bristol's UNESCO City of Film programme.",
    },
    {
        "slug": "hana-seo",
        "name": "Hana Seo",
        "role": "Staff writer (fictional, demo content)",
        "organisation": None,
        "bio": "A fictional staff writer for the demo site, covering Korean film and series.",
    },
    {
        "slug": "tom-ashworth",
        "name": "Tom Ashworth",
        "role": "News editor (fictional, demo content)",
        "organisation": None,
        "bio": "A fictional editor for the demo site, covering programmes and policy.",
    },
]

TOPICS = [
    {"slug": "ai", "name": "AI", "description": "Artificial intelligence in film-making."},
    {
        "slug": "talent-development",
        "name": "Talent development",
        "description": "Training, incubators and first jobs.",
    },
    {
        "slug": "co-production",
        "name": "Co-production",
        "description": "Making and selling work across borders.",
    },
    {"slug": "k-content", "name": "K-content", "description": "Korean film, drama and more."},
    {
        "slug": "series-and-drama",
        "name": "Series and drama",
        "description": "Television and streaming series.",
    },
    {
        "slug": "international-exchange",
        "name": "International exchange",
        "description": "Cities and film-makers working together.",
    },
    {"slug": "media-arts", "name": "Media arts", "description": "Screens beyond the cinema."},
    {
        "slug": "film-locations",
        "name": "Film locations",
        "description": "Where stories are shot.",
    },
]

SERIES = [
    {
        "slug": "ko-pick",
        "name": "Ko-pick",
        "description": "A regular column on what makes Korean films and series travel.",
        "image": "ko-pick",
    },
]

VENUES = [
    {
        "slug": "busan-cinema-center",
        "name": "Busan Cinema Center",
        "city": "busan",
        "address": "120, Suyeonggangbyeon-daero, Haeundae-gu, Busan, Republic of Korea",
    },
    {
        "slug": "bexco",
        "name": "BEXCO",
        "city": "busan",
        "address": "55, APEC-ro, Haeundae-gu, Busan, Republic of Korea",
    },
    {
        "slug": "seoul-film-center",
        "name": "Seoul Film Center",
        "city": "seoul",
        "address": "Chungmuro, Jung-gu, Seoul, Republic of Korea",
    },
]


# Programmes --------------------------------------------------------------------------


# The Film House Film Project 2026 runs through the 2026 academic year; the exact dates
# are not in the seeds, so the ones here are indicative.
FILM_HOUSE_RUNS = (datetime.date(2026, 3, 2), datetime.date(2026, 12, 18))


def all_set_west(now: datetime.datetime) -> dict:
    """The intake of the current half-year: open, and not yet closing soon, all through it.

    Applications open the day before the half-year starts and close three weeks after it
    ends. Applications made from January to June are for the autumn course, those made
    from July to December for the spring course.
    """
    return all_set_west_intake(half_year(site_today(now)), now)


def all_set_west_intake(
    period: tuple[datetime.date, datetime.date], now: datetime.datetime
) -> dict:
    first, end = period
    if first.month == 1:
        season, course_from = f"autumn {first.year}", datetime.date(first.year, 9, 1)
    else:
        season, course_from = f"spring {first.year + 1}", datetime.date(first.year + 1, 3, 1)
    return {
        "slug": f"all-set-west-{season.replace(' ', '-')}",
        "title": f"All Set West, {season}",
        "season": season,
        "kind": "skills",
        "image": "all-set-west",
        "cities": ["bristol"],
        "topics": ["talent-development"],
        "hosts": ["bristol-unesco-city-of-film"],
        "partners": ["the-bottle-yard-studios"],
        "summary": (
            "Free training at The Bottle Yard Studios that prepares people from the "
            "West of England for entry-level jobs on film and TV sets."
        ),
        "body": (
            "<p>All Set West is the flagship skills programme of Bristol UNESCO City "
            "of Film. Trainees learn how a scripted production is organised, what "
            "each department does and how freelancers find their next job.</p>\n"
            "<p>The course is aimed at people who are under-represented behind the "
            "camera, and it is based at The Bottle Yard Studios, where drama series "
            "are shot.</p>\n"
            f"<p>This page is for the {season} course. The dates are indicative: "
            "check the Bristol UNESCO City of Film website before applying.</p>"
        ),
        "eligibility": (
            "People in the West of England who are under-represented in film and TV "
            "production and want to work on set."
        ),
        "how_to_apply": "See the Bristol UNESCO City of Film website for how to apply.",
        "application_url": "https://bristolcityoffilm.co.uk/",
        "applications_open_at": on(first - datetime.timedelta(days=1), LONDON, 9),
        "applications_close_at": on(end + datetime.timedelta(days=20), LONDON, 17),
        "runs_from": course_from,
        "runs_to": course_from + datetime.timedelta(days=34),
        "publish_at": published_by(now, on(first - datetime.timedelta(days=2), LONDON, 9)),
    }


def g_map_open_call(now: datetime.datetime) -> dict:
    """The call of this season (calendar quarter), open until three days after it ends.

    Whenever it is loaded the current call takes applications, and in the last days of
    each quarter it is closing soon.
    """
    first, end = quarter(site_today(now))
    season = season_name(first)
    return {
        "slug": f"g-map-open-call-{season.replace(' ', '-')}",
        "title": f"G. Map open call, {season}: new work for Gwangju's media façade",
        "kind": "call",
        "image": "g-map",
        "cities": ["gwangju"],
        "topics": ["media-arts", "international-exchange"],
        "hosts": ["gwangju-city-of-media-arts"],
        "partners": [],
        "summary": (
            "Gwangju, UNESCO City of Media Arts, invites creatives from abroad to "
            "make content for G. Map, its 51-metre interactive façade."
        ),
        "body": (
            "<p>G. Map is Gwangju's interactive media façade. The city is looking "
            "for international creatives to make work for it, and "
            "presented the invitation to fellow Creative Cities at the Cities of "
            "Film meeting in Busan in 2025.</p>\n"
            "<p>Proposals are gathered each season; the deadline shown is "
            "indicative.</p>"
        ),
        "eligibility": "Creatives from outside Korea working with moving image or media art.",
        "how_to_apply": (
            "Gwangju City of Media Arts takes proposals each season: ask its office, "
            "through the UNESCO Creative Cities Network, how to send one."
        ),
        "applications_open_at": on(first - datetime.timedelta(days=1), SEOUL, 9),
        "applications_close_at": on(end + datetime.timedelta(days=3), SEOUL, 18),
        "publish_at": published_by(now, on(first - datetime.timedelta(days=2), SEOUL, 9)),
    }


def busan_film_residency(now: datetime.datetime) -> dict:
    """The next residency whose applications have not opened yet: upcoming when loaded."""
    opens = next_yearly(site_today(now), 2, 2)
    year = opens.year
    return {
        "slug": f"busan-film-residency-{year}",
        "title": f"Busan film residency for Cities of Film {year}",
        "kind": "residency",
        "image": "busan-residency",
        "cities": ["busan"],
        "topics": ["international-exchange", "co-production"],
        "hosts": ["busan-metropolitan-city"],
        "partners": ["unesco-cities-of-film"],
        "summary": (
            "Busan's residency brings film-makers nominated by other Cities of Film "
            "to the city to make work together."
        ),
        "body": (
            "<p>Busan has run a film production residency for the Cities of Film "
            "network for several years. In 2018, for example, each partner city "
            "nominated one film-maker for three weeks of shared production in "
            "Busan.</p>\n"
            "<p>Where the residency goes next was one of the subjects when the "
            "Cities of Film met in Busan in September 2025.</p>\n"
            "<p><strong>Indicative dates.</strong> The city confirms each year's "
            "call and dates.</p>"
        ),
        "eligibility": "Film-makers nominated by a UNESCO City of Film.",
        "applications_open_at": on(opens, SEOUL, 10),
        "applications_close_at": at(SEOUL, year, 3, 31, 18),
        "runs_from": datetime.date(year, 9, 7),
        "runs_to": datetime.date(year, 9, 27),
        "publish_at": published_by(now, on(opens - datetime.timedelta(days=70), SEOUL, 10)),
    }


def programmes(now: datetime.datetime) -> list[dict]:
    """The calls of the current period, and the programmes named after a real year."""
    current, for_session = all_set_west(now), information_session_intake(now)
    # The next information session is for the previous intake only early in January and
    # July, while that intake is closing soon; it is created too if missing.
    intakes = [current] if for_session["slug"] == current["slug"] else [for_session, current]
    return [
        *intakes,
        g_map_open_call(now),
        {
            "slug": "film-house-film-project-2026",
            "title": "Film House Film Project 2026",
            "kind": "training",
            "image": "seoul-film-center",
            "cities": ["seoul"],
            "topics": ["ai", "talent-development"],
            "hosts": ["seoul-metropolitan-government", "seoul-film-center"],
            "partners": ["film-house-university-network"],
            "summary": (
                "The Seoul Film Center's programme for young and independent directors: "
                "free workspaces, AI tools next to conventional production kit, and "
                "links to 23 universities."
            ),
            "body": (
                "<p>Funded by the Seoul Metropolitan Government, the project makes the "
                "Seoul Film Center a permanent base for emerging film-makers. Students "
                "from the 23 partner universities use its AI tools, edit suites and "
                "filming kit free of charge.</p>\n"
                "<p>The centre also puts participants in touch with commercial "
                "productions, so that training leads towards paid work.</p>\n"
                "<p>The dates shown for the 2026 project are indicative.</p>"
            ),
            "eligibility": (
                "Students at the partner universities, and young and independent directors."
            ),
            "applications_open_at": at(SEOUL, 2026, 1, 5, 10),
            "applications_close_at": at(SEOUL, 2026, 2, 6, 18),
            "runs_from": FILM_HOUSE_RUNS[0],
            "runs_to": FILM_HOUSE_RUNS[1],
            "publish_at": at(SEOUL, 2026, 1, 2, 10),
        },
        busan_film_residency(now),
        {
            "slug": "film-leaders-incubator-2024",
            "title": "Film Leaders Incubator 2024",
            "kind": "incubator",
            "image": "film-leaders-incubator",
            "cities": ["busan"],
            "topics": ["talent-development", "international-exchange", "film-locations"],
            "hosts": [],
            "partners": ["busan-film-commission"],
            "summary": (
                "An incubator for emerging directors from ASEAN member states; its "
                "2024 participants shot short films around Busan."
            ),
            "body": (
                "<p>The Film Leaders Incubator helps emerging directors from Southeast Asia "
                "sharpen their skills and find their own voice. Participants in the 2024 "
                "edition made short films on location in Busan, with practical support "
                "from the Busan Film Commission.</p>"
            ),
            "eligibility": "Emerging directors from ASEAN member states.",
            "publish_at": at(SEOUL, 2025, 9, 5, 10),
        },
    ]


# Events ------------------------------------------------------------------------------


def _biff(year: int, *, now: datetime.datetime, provisional: bool) -> dict:
    starts_at, ends_at = whole_days(SEOUL, datetime.date(year, 9, 17), datetime.date(year, 9, 26))
    event = {
        "slug": f"busan-international-film-festival-{year}",
        "title": f"Busan International Film Festival {year}",
        "kind": "festival",
        "city": "busan",
        "venue": "busan-cinema-center",
        "image": "biff",
        "starts_at": starts_at,
        "ends_at": ends_at,
        "all_day": True,
        "organisers": ["biff"],
        "topics": ["k-content"],
        "registration_url": "https://www.biff.kr/",
    }
    if provisional:
        event["summary"] = (
            "Busan's festival returns in the autumn. The dates shown repeat the 2025 "
            "edition until the festival confirms its own."
        )
        event["body"] = (
            "<p>Each autumn the festival fills the Busan Cinema Center and cinemas "
            "across the city with new Asian and international films.</p>\n"
            "<p><strong>Provisional dates.</strong> Check the festival's website for the "
            "confirmed dates and programme.</p>"
        )
        event["publish_at"] = now - datetime.timedelta(days=1)
    else:
        event["summary"] = (
            "The festival's 30th edition: ten days of screenings, opening at the Busan "
            "Cinema Center's outdoor theatre."
        )
        event["body"] = (
            "<p>For its 30th edition the festival added a competition for the first "
            "time, with fourteen Asian films in contention for its new awards.</p>\n"
            "<p>The opening night took place in the outdoor theatre of the Busan Cinema "
            "Center, the festival's home, and screenings ran across the city.</p>"
        )
        event["publish_at"] = at(SEOUL, 2025, 8, 26, 10)
    return event


def _bcm(year: int, *, now: datetime.datetime, provisional: bool) -> dict:
    starts_at, ends_at = whole_days(SEOUL, datetime.date(year, 5, 28), datetime.date(year, 5, 30))
    event = {
        "slug": f"busan-content-market-{year}",
        "title": f"Busan Content Market {year}",
        "kind": "market",
        "city": "busan",
        "venue": "bexco",
        "image": "bcm",
        "starts_at": starts_at,
        "ends_at": ends_at,
        "all_day": True,
        "organisers": ["busan-content-market"],
        "topics": ["k-content", "series-and-drama", "co-production"],
    }
    if provisional:
        event["summary"] = (
            "The content market returns to Busan in late spring. The dates shown repeat "
            "the 2025 edition until the market confirms its own."
        )
        event["body"] = (
            "<p>Producers, broadcasters, platforms and investors meet in Busan to buy, "
            "sell and finance drama, entertainment and film.</p>\n"
            "<p><strong>Provisional dates.</strong> Check with the market before making "
            "plans.</p>"
        )
        event["publish_at"] = now - datetime.timedelta(days=1)
    else:
        event["summary"] = (
            "Korea's yearly marketplace for drama, entertainment and film, where "
            "producers meet buyers and investors. The 2025 edition included "
            "CANNESERIES X BUSAN."
        )
        event["body"] = (
            "<p>Over three days at BEXCO, companies from around the world traded "
            "programmes, met investors and looked for co-production partners.</p>\n"
            "<p>New in 2025 was a partnership with the Cannes International Series "
            "Festival, which brought a selection of its series to Busan.</p>"
        )
        event["publish_at"] = at(SEOUL, 2025, 4, 28, 10)
    return event


def ai_open_studio(now: datetime.datetime) -> dict:
    """The next of the monthly open studios, held on the 10th."""
    day = next_monthly(site_today(now), 10)
    starts_at = on(day, SEOUL, 14)
    in_film_house = FILM_HOUSE_RUNS[0] <= day <= FILM_HOUSE_RUNS[1]
    return {
        "slug": f"seoul-film-center-ai-open-studio-{day:%Y-%m}",
        "title": f"AI tools open studio at the Seoul Film Center, {month_name(day)}",
        "kind": "workshop",
        "city": "seoul",
        "venue": "seoul-film-center",
        "programme": "film-house-film-project-2026" if in_film_house else None,
        "image": "seoul-film-center",
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=3),
        "all_day": False,
        "organisers": ["seoul-film-center"],
        "topics": ["ai", "talent-development"],
        "summary": (
            "A hands-on afternoon with the centre's AI tools and editing suites, for "
            "students from the partner universities and independent directors."
        ),
        "body": (
            "<p>Staff show how the AI tools fit into an ordinary edit, then the "
            "suites are open for participants to try them on their own "
            "material.</p>"
        ),
        "publish_at": published_by(now, starts_at - datetime.timedelta(days=21)),
    }


def information_session_day(now: datetime.datetime) -> datetime.date:
    return next_monthly(site_today(now), 16)


def information_session_intake(now: datetime.datetime) -> dict:
    """The intake the next information session is for: the one of the previous month.

    So a session in January or July, when two intakes take applications, is for the one
    closing that month, whichever day it is loaded; it is held before that intake closes.
    """
    previous_month = add_months(information_session_day(now).replace(day=1), -1)
    return all_set_west_intake(half_year(previous_month), now)


def all_set_west_information_session(now: datetime.datetime) -> dict:
    """The next of the monthly online sessions, held on the 16th."""
    day = information_session_day(now)
    starts_at = on(day, LONDON, 18)
    intake = information_session_intake(now)
    return {
        "slug": f"all-set-west-information-session-{day:%Y-%m}",
        "title": f"All Set West: online information session, {month_name(day)}",
        "kind": "workshop",
        "city": "bristol",
        "venue": None,
        "programme": intake["slug"],
        "image": "all-set-west",
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(minutes=75),
        "all_day": False,
        "attendance_mode": "online",
        "organisers": ["bristol-unesco-city-of-film"],
        "topics": ["talent-development"],
        "summary": (
            "The team behind Bristol's on-set training explains who the course is "
            f"for, what it covers and how to apply for the {intake['season']} course."
        ),
        "body": (
            "<p>An online session for anyone thinking of applying to All Set West, "
            "with time for questions at the end.</p>"
        ),
        "publish_at": published_by(now, starts_at - datetime.timedelta(days=21)),
    }


def events(now: datetime.datetime) -> list[dict]:
    """Past events with real dates, the next editions of yearly ones and of monthly sessions."""
    meeting_starts, meeting_ends = whole_days(
        SEOUL, datetime.date(2025, 9, 23), datetime.date(2025, 9, 26)
    )
    cxb_starts, cxb_ends = whole_days(SEOUL, datetime.date(2025, 5, 28), datetime.date(2025, 5, 29))
    # Chosen at the start of the site's day, so that every load that day picks the same
    # edition: one that starts later that day is still the next, and still upcoming.
    start_of_today = timezone.make_aware(
        datetime.datetime.combine(site_today(now), datetime.time())
    )
    biff_next = next_year_of(start_of_today, SEOUL, 9, 17, after=2025)
    bcm_next = next_year_of(start_of_today, SEOUL, 5, 28, after=2025)
    return [
        {
            "slug": "cities-of-film-annual-meeting-2025",
            "title": "UNESCO Cities of Film annual meeting 2025",
            "kind": "meeting",
            "city": "busan",
            "venue": None,
            "image": "cities-of-film-meeting",
            "starts_at": meeting_starts,
            "ends_at": meeting_ends,
            "all_day": True,
            "organisers": ["busan-metropolitan-city", "busan-cinema-center"],
            "topics": ["international-exchange", "talent-development"],
            "summary": (
                "Delegations from Cities of Film around the world spent four days in "
                "Busan, the network's chair city, during the film festival's 30th "
                "edition."
            ),
            "body": (
                "<p>Busan hosted the yearly gathering of the UNESCO Cities of Film, with "
                "delegates from fourteen cities in twelve countries.</p>\n"
                "<p>Between working sessions on joint projects and residencies, the "
                "programme visited the Korean Film Council, the Korean Academy of Film "
                "Arts, the city's film studios and post-production facilities, the "
                "Busan Cinema Center and well-known filming locations. Delegates ended "
                "the week at the festival's closing night.</p>"
            ),
            "publish_at": at(SEOUL, 2025, 9, 15, 10),
        },
        _biff(2025, now=now, provisional=False),
        _biff(biff_next, now=now, provisional=True),
        _bcm(2025, now=now, provisional=False),
        {
            "slug": "canneseries-x-busan-2025",
            "title": "CANNESERIES X BUSAN",
            "kind": "screening",
            "city": "busan",
            "venue": "bexco",
            "parent": "busan-content-market-2025",
            "image": "canneseries-x-busan",
            "starts_at": cxb_starts,
            "ends_at": cxb_ends,
            "all_day": True,
            "organisers": ["busan-content-market", "canneseries"],
            "topics": ["series-and-drama", "international-exchange", "k-content"],
            "summary": (
                "Nine series from the Cannes International Series Festival, given their "
                "first Busan screenings as part of the Busan Content Market."
            ),
            "body": (
                "<p>The first collaboration between the Busan Content Market and "
                "CANNESERIES opened with a pink-carpet evening in the BEXCO "
                "auditorium.</p>\n"
                "<p>Eight of the nine series had their first Asian screenings in Busan; "
                "the ninth was presented as a special showcase.</p>"
            ),
            "publish_at": at(SEOUL, 2025, 5, 7, 10),
        },
        _bcm(bcm_next, now=now, provisional=True),
        ai_open_studio(now),
        all_set_west_information_session(now),
    ]


# Articles ----------------------------------------------------------------------------


def articles(now: datetime.datetime) -> list[dict]:
    """Published articles, plus one draft and one scheduled column to show the workflow."""
    return [
        {
            "slug": "busan-from-bristol-cities-of-film-meeting",
            "title": "Busan, seen from Bristol: notes from the Cities of Film meeting",
            "kind": "guest_post",
            "authors": ["natalie-moore"],
            "image": "cities-of-film-meeting",
            "cities": ["bristol", "busan", "gwangju"],
            "topics": ["international-exchange", "talent-development"],
            "related_events": [
                "cities-of-film-annual-meeting-2025",
                "busan-international-film-festival-2025",
            ],
            "related_programmes": [all_set_west(now)["slug"], g_map_open_call(now)["slug"]],
            "source_name": "Bristol UNESCO City of Film",
            "source_url": "https://bristolcityoffilm.co.uk/",
            "summary": (
                "Bristol's City of Film manager spent a week in Busan with fellow Cities "
                "of Film: what stood out, and what Bristol can learn from a city that is "
                "proud of its film title."
            ),
            "body": (
                "<p>In September 2025 the UNESCO Cities of Film met in Busan, Asia's "
                "first City of Film. For Bristol it was a chance to spend time at the "
                "centre of a screen industry whose dramas, music, animation and "
                "technology now reach audiences everywhere.</p>\n"
                "<p>Busan's public investment in film is impressive, but the value of "
                "the week lay in the exchange: ideas and contacts that bring Bristol "
                "closer to other film and television centres, and examples of cities "
                "using culture to grow in ways that include everyone.</p>\n"
                "<h2>What stood out</h2>\n"
                "<ul>\n"
                "<li>Creative Cities from across Korea came ready to work with partners "
                "abroad. <strong>Gwangju</strong>, a City of Media Arts, is inviting "
                "international creatives to make work for G. Map, its 51-metre "
                "interactive façade.</li>\n"
                "<li>The Cities of Film discussed exchanges and residencies that could "
                "widen talent development beyond any single city.</li>\n"
                "<li>Visits included the Korean Academy of Film Arts, where Bong Joon Ho "
                "studied; the Korean Film Council, whose data wall tracks every cinema "
                "ticket sold in Korea; the Busan Cinema Center and its outdoor theatre; "
                "film studios, a post-production lab, a Neighbourhood Cinema screening "
                "and famous filming locations.</li>\n"
                "<li>Bristol presented <strong>All Set West</strong>, its flagship skills "
                "programme, and picked up ideas from the programmes other cities are "
                "building.</li>\n"
                "</ul>\n"
                "<h2>What Bristol takes home</h2>\n"
                "<p>Cities of Film vary enormously, yet all of them work in a crowded "
                "production market that changes quickly. Even Busan, with institutions "
                "most cities would envy, has to keep young talent from leaving for Seoul "
                "and adapt as production investment falls.</p>\n"
                "<p>Busan celebrates its title everywhere, down to a wall that honours "
                "thirty years of festival volunteers. Its real strength is its web of "
                "relationships, reaching national agencies, Creative Cities elsewhere in "
                "Korea and screen commissions around the region. Meetings like this are where "
                "partnerships begin.</p>\n"
                "<p><em>Adapted for this demo site from a guest blog on the Bristol "
                "UNESCO City of Film website.</em></p>"
            ),
            "status": "published",
            "publish_at": at(LONDON, 2025, 10, 1, 10),
        },
        {
            "slug": "busan-training-ground-asean-directors",
            "title": "Young ASEAN directors turn Busan into their film set",
            "kind": "news",
            "authors": ["tom-ashworth"],
            "image": "film-leaders-incubator",
            "cities": ["busan"],
            "topics": ["talent-development", "international-exchange", "film-locations"],
            "related_events": ["busan-international-film-festival-2025"],
            "related_programmes": ["film-leaders-incubator-2024"],
            "source_name": "Sayart",
            "source_url": "https://www.sayart.net/",
            "summary": (
                "Directors from Southeast Asia on the 2024 Film Leaders Incubator have "
                "been shooting short films around Busan, with the city's film "
                "commission clearing the way."
            ),
            "body": (
                "<p>Busan's streets and heritage sites have become locations for a group "
                "of young directors from Southeast Asia: participants in the 2024 Film "
                "Leaders Incubator have been making short films across the city.</p>\n"
                "<p>The incubator is meant for directors at the start of their careers "
                "from the ASEAN countries, and works on both technique and personal style. "
                "Working in Busan gives them the city's production infrastructure as "
                "well as its scenery.</p>\n"
                "<p>The <strong>Busan Film Commission</strong> has supported the shoots, "
                "handling logistics and arranging access to locations. The programme "
                "also brings directors from different Southeast Asian countries "
                "together, building contacts that can last beyond one film.</p>\n"
                "<p>It fits a wider ambition: building on the Busan International Film "
                "Festival, the city wants to be a regional centre for cinema and a "
                "natural partner for collaboration across Asia.</p>"
            ),
            "status": "published",
            "publish_at": at(SEOUL, 2025, 9, 5, 10),
        },
        {
            "slug": "seoul-builds-ai-into-film-training",
            "title": "Seoul builds AI into the foundations of film training",
            "kind": "analysis",
            "authors": ["tom-ashworth"],
            "image": "seoul-film-center",
            "cities": ["seoul"],
            "topics": ["ai", "talent-development"],
            "related_events": [ai_open_studio(now)["slug"]],
            "related_programmes": ["film-house-film-project-2026"],
            "summary": (
                "With the Film House Film Project 2026, Seoul has made its Film Center a "
                "permanent, subsidised base where young directors learn AI tools "
                "alongside conventional production, linked to 23 universities."
            ),
            "body": (
                "<p>Much of the debate about artificial intelligence in the creative "
                "industries still asks whether it endangers jobs. Seoul has taken "
                "another route and treats AI skills as part of the basic equipment of a "
                "film education.</p>\n"
                "<h2>What the city has done</h2>\n"
                "<ul>\n"
                "<li>The <strong>Seoul Metropolitan Government</strong> has made the "
                "Seoul Film Center a permanent, publicly subsidised home for "
                "emerging and independent directors.</li>\n"
                "<li>AI tools are available alongside professional edit suites and "
                "camera and sound kit, and the workspaces are free to use.</li>\n"
                "<li>Under the <strong>Film House Film Project 2026</strong>, 23 "
                "universities connect their students to the centre's tools, spaces and "
                "programmes.</li>\n"
                "</ul>\n"
                "<h2>Why the design matters</h2>\n"
                "<p>Anchoring the project in universities gives it a steady intake and a "
                "place in education policy, instead of leaving it as a stand-alone "
                "technology pilot. Paying for access at city level removes cost, one of "
                "the biggest obstacles for students without industry backing. And "
                "because the centre connects participants with commercial productions, "
                "it works as a route into the market as well as a classroom.</p>\n"
                "<p>In the West the conversation is still mostly about arguments over "
                "copyright, talks with unions and demands for a pause. By acting at "
                "municipal level, Seoul has moved without holding out for national "
                "legislation, and other Asian governments facing the same questions are "
                "likely to watch closely.</p>\n"
                "<p><strong>A caveat:</strong> the project is young, and nobody has yet "
                "measured independently how many students go on to professional work "
                "with these tools.</p>"
            ),
            "status": "published",
            "publish_at": days_from(now, -12, SEOUL, 9),
        },
        {
            "slug": "canneseries-x-busan-content-market",
            "title": "Cannes series come to Busan: what the content market hopes to gain",
            "kind": "feature",
            "authors": ["hana-seo"],
            "image": "canneseries-x-busan",
            "cities": ["busan", "cannes"],
            "topics": ["series-and-drama", "k-content", "international-exchange", "co-production"],
            "related_events": ["busan-content-market-2025", "canneseries-x-busan-2025"],
            "related_programmes": [],
            "summary": (
                "For its 2025 edition the Busan Content Market teamed up with CANNESERIES "
                "to give nine acclaimed series their first screenings in the city. The "
                "opportunity is real; so are the risks."
            ),
            "body": (
                "<p>The Busan Content Market (BCM) is one of the places where Korea's "
                "broadcasting and media industry does business, bringing together "
                "creators, producers and buyers from many countries every year. In 2025 "
                "it aimed higher, with a showcase run jointly with the Cannes "
                "International Series Festival: <strong>CANNESERIES X BUSAN</strong>.</p>\n"
                "<p>The showcase brought nine well-regarded series from the Cannes "
                "festival's selections to Busan. Its organisers "
                "presented it as an exchange rather than a simple run of screenings.</p>\n"
                "<h2>The case for</h2>\n"
                "<ul>\n"
                "<li>Korean series gain visibility in front of international "
                "professionals.</li>\n"
                "<li>Korean producers meet foreign buyers on home ground, where "
                "licensing deals and co-productions begin.</li>\n"
                "<li>French dramas that made their name at Cannes have gone on to sell "
                "around the world, a path Korean series could follow.</li>\n"
                "</ul>\n"
                "<h2>The doubts</h2>\n"
                "<p>Some observers fear that writing for global tastes could dilute what "
                "makes Korean drama distinctive. Others point to cost: an event of this "
                "size takes money, staff time and logistics, and without measurable "
                "results the attention may not last.</p>\n"
                "<h2>Keeping its own voice</h2>\n"
                "<p>The likeliest route is to borrow technique from abroad while keeping "
                "stories rooted in Korean experience, and to run the showcase with clear "
                "aims, a realistic budget and an honest measure of success. Either way, "
                "the event has started a useful debate about how to open up to the world "
                "without losing an accent.</p>"
            ),
            "status": "published",
            "publish_at": at(SEOUL, 2025, 5, 26, 10),
        },
        {
            "slug": "ko-pick-korean-meals-on-screen",
            "title": "Ko-pick: Why a Korean meal on screen travels so well",
            "kind": "column",
            "series": "ko-pick",
            "authors": ["hana-seo"],
            "image": "ko-pick",
            "cities": [],
            "topics": ["k-content"],
            "summary": (
                "Ramyeon, kimchi and fried chicken now sit on supermarket shelves far "
                "from Korea. The way Korean films stage a meal helped put them there."
            ),
            "body": (
                "<p>Korean food has gone global. Restaurants have opened in New York, "
                "London and far beyond, and kimchi, fried chicken and instant ramyeon "
                "are everyday supermarket items in many countries.</p>\n"
                "<p>Film and drama played their part. A shared meal is one of the most "
                "economical scenes a director has: it shows who sits with whom, who "
                "serves and who is served, and what a family cannot say aloud.</p>\n"
                "<p>Viewers who know nothing of the context still understand a bowl of "
                "noodles eaten in silence, and many come away wanting to taste what "
                "they have watched.</p>"
            ),
            "status": "published",
            "publish_at": days_from(now, -45, SEOUL, 9),
        },
        {
            "slug": "ko-pick-korean-ip-beyond-the-screen",
            "title": "Ko-pick: One story, many screens",
            "kind": "column",
            "series": "ko-pick",
            "authors": ["hana-seo"],
            "image": "ko-pick",
            "cities": [],
            "topics": ["k-content", "series-and-drama"],
            "summary": (
                "Webtoons become series, series become films, films become games and "
                "merchandise: how Korean studios work one story across formats."
            ),
            "body": (
                "<p>Talk about Korea's content market keeps returning to intellectual "
                "property, and to the idea of one source used many ways: a story that "
                "starts in one medium and moves into film, drama, games and "
                "merchandise.</p>\n"
                "<p>Webtoons are a common starting point. <em>Concrete Utopia</em> "
                "(2023) and <em>Yumi's Cells: The Movie</em> (2024) both grew out of "
                "webcomics.</p>\n"
                "<p>The route can also run the other way. <em>Concrete Market</em>, "
                "released by Lotte in December 2025, began as a drama series before it "
                "was reshaped as a feature film, a sign of how loose the borders "
                "between formats have become.</p>"
            ),
            "status": "published",
            "publish_at": days_from(now, -31, SEOUL, 9),
        },
        {
            "slug": "ko-pick-why-korean-films-move-us",
            "title": "Ko-pick: Why Korean films hit so hard",
            "kind": "column",
            "series": "ko-pick",
            "authors": ["hana-seo"],
            "image": "ko-pick",
            "cities": [],
            "topics": ["k-content"],
            "summary": (
                "Production values and sharp social themes explain part of Korean "
                "cinema's reach abroad. The rest is feeling."
            ),
            "body": (
                "<p>Writing about Korean cinema abroad tends to dwell on polished "
                "production and on directors who catch the social mood of the moment, "
                "with Bong Joon Ho's <em>Parasite</em> (2019) as the obvious "
                "example.</p>\n"
                "<p>What audiences remember, though, is often emotional rather than "
                "technical: films that let grief, anger and comedy share a scene, and "
                "that trust viewers to sit with discomfort instead of resolving it "
                "quickly.</p>\n"
                "<p>That candour is hard to imitate, and it may be the most exportable "
                "thing Korean cinema has.</p>"
            ),
            "status": "published",
            "publish_at": days_from(now, -17, SEOUL, 9),
        },
        {
            "slug": "ko-pick-korean-settings-on-screen",
            "title": "Ko-pick: The places that make a Korean film Korean",
            "kind": "column",
            "series": "ko-pick",
            "authors": ["hana-seo"],
            "image": "ko-pick",
            "cities": ["busan"],
            "topics": ["k-content", "film-locations"],
            "summary": (
                "Semi-basement flats, hillside alleys, port cities at night: in Korean "
                "films, the setting does much of the storytelling."
            ),
            "body": (
                "<p>Part of the appeal of Korean content, and of the country's cultural "
                "industries more widely, lies in the distinctly Korean details it puts "
                "on screen and in how directors handle them.</p>\n"
                "<p>Settings carry much of that weight. A cramped semi-basement flat or "
                "a hillside neighbourhood of steep alleys tells viewers something about "
                "class, history and ambition before anyone speaks.</p>\n"
                "<p>For film cities such as Busan, whose film commission helps "
                "productions reach its locations, that is more than an aesthetic point: "
                "recognisable places attract shoots, visitors and new stories.</p>"
            ),
            "status": "published",
            "publish_at": days_from(now, -4, SEOUL, 9),
        },
        {
            "slug": "ko-pick-korean-genre-without-borders",
            "title": "Ko-pick: Korean genre cinema without borders",
            "kind": "column",
            "series": "ko-pick",
            "authors": ["hana-seo"],
            "image": "ko-pick",
            "cities": [],
            "topics": ["k-content", "series-and-drama"],
            "summary": (
                "In two decades Korea's genre films went from home-market fare to a "
                "reference point for film-makers everywhere. Streaming gave them a "
                "second life."
            ),
            "body": (
                "<p>In twenty years South Korea has changed what a national cinema can "
                "be. An industry that mostly made films for its own audience has become "
                "a model for storytelling craft, sudden shifts of tone and inventive "
                "genre work.</p>\n"
                "<p>Streaming has widened that reach. Viewers abroad who started with "
                "familiar stars and directors now look for thrillers, horror and hybrids "
                "they would never have found in a cinema listing.</p>\n"
                "<p>The question for the next decade is whether that variety survives "
                "at home, where 2025 showed an industry that has shrunk "
                "considerably.</p>"
            ),
            # Scheduled: published status with a future time, so it appears by itself.
            "status": "published",
            "publish_at": days_from(now, 5, SEOUL, 9),
        },
        {
            "slug": "gwangju-g-map-invites-international-artists",
            "title": "Gwangju looks abroad for artists to fill its G. Map façade",
            "kind": "news",
            "authors": ["tom-ashworth"],
            "image": "g-map",
            "cities": ["gwangju"],
            "topics": ["media-arts", "international-exchange"],
            "related_events": ["cities-of-film-annual-meeting-2025"],
            "related_programmes": [g_map_open_call(now)["slug"]],
            "summary": (
                "Gwangju, UNESCO City of Media Arts, invites creatives from other "
                "countries to make work for its 51-metre interactive façade."
            ),
            "body": (
                "<p>Gwangju, a UNESCO City of Media Arts since 2014, is inviting "
                "creatives from abroad to produce content for <strong>G. Map</strong>, "
                "its interactive media façade.</p>\n"
                "<p>The invitation was one of several offers of collaboration that "
                "Korean Creative Cities brought to the 2025 Cities of Film meeting in "
                "Busan.</p>\n"
                "<p><em>To do before publishing: add the deadline and a link to the "
                "call.</em></p>"
            ),
            # Left as a draft so that staff can see the review workflow.
            "status": "draft",
            "publish_at": None,
        },
    ]
