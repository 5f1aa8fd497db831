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

Items tied to a Korean city (Busan, Seoul, Gwangju), the Ko-pick columns, and every topic
and series also have a Korean version: the `*_ko` keys, which are django-modeltranslation's
Korean columns. Items about Bristol and Cannes stay English-only, so their Korean pages show
the English text with the notice that says so.

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
SEASONS_KO = ("겨울", "봄", "여름", "가을")


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


def season_name_ko(first: datetime.date) -> str:
    """season_name in Korean: January to March 2026 is "2026년 겨울"."""
    return f"{first.year}년 {SEASONS_KO[(first.month - 1) // 3]}"


def month_name_ko(day: datetime.date) -> str:
    return f"{day.year}년 {day.month}월"


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
        "name_ko": "부산",
        "country": "Republic of Korea",
        "country_ko": "대한민국",
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
        "profile_ko": (
            "<p>한반도 동남단의 항구 도시 부산은 2014년 아시아 최초로 유네스코 영화 창의도시로 "
            "지정됐으며, 2024년 7월부터 2026년 6월까지 유네스코 창의도시 네트워크 영화 분야 "
            "의장 도시를 맡았다.</p>\n"
            "<p>부산에서는 매년 가을 부산국제영화제가, 봄에는 부산콘텐츠마켓이 열린다. "
            "영화진흥위원회와 한국영화아카데미도 부산에 있다. 영화제의 중심 무대인 영화의전당에는 "
            "거대한 조명 지붕 아래 야외극장이 자리하고 있다.</p>\n"
            "<p>다른 영화도시들처럼 부산도 인재를 두고 경쟁한다. 젊은 영화인들은 서울로 향하고, "
            "제작 투자는 줄어드는 추세다.</p>"
        ),
    },
    {
        "slug": "seoul",
        "name": "Seoul",
        "name_ko": "서울",
        "country": "Republic of Korea",
        "country_ko": "대한민국",
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
        "profile_ko": (
            "<p>대한민국의 수도 서울은 2010년부터 유네스코 디자인 창의도시로 활동하고 있다.</p>\n"
            "<p>서울특별시는 청년·독립 영화감독을 위한 상설 거점인 서울영화센터를 운영한다. 센터는 "
            "무료 작업 공간과 AI 도구를 제공하며, 23개 대학과 네트워크로 연결돼 있다.</p>"
        ),
    },
    {
        "slug": "gwangju",
        "name": "Gwangju",
        "name_ko": "광주",
        "country": "Republic of Korea",
        "country_ko": "대한민국",
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
        "profile_ko": (
            "<p>한반도 서남부의 광주는 2014년부터 유네스코 미디어아트 창의도시로 활동하고 "
            "있다.</p>\n"
            "<p>광주의 인터랙티브 미디어 파사드 <strong>G. Map</strong>은 길이가 51m에 이른다. "
            "광주는 해외 작가들을 초청해 이 파사드에 올릴 작품을 맡기고 있다.</p>"
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
        "name_ko": "유네스코 영화 창의도시",
        "kind": "network",
        "city": None,
        "website": "https://citiesoffilm.org/",
        "description": (
            "The film cities of the UNESCO Creative Cities Network, working together on "
            "exchanges, residencies and shared projects."
        ),
        "description_ko": (
            "유네스코 창의도시 네트워크에 속한 영화 도시들로, 교류와 레지던시, 공동 프로젝트를 "
            "함께 추진한다."
        ),
    },
    {
        "slug": "busan-metropolitan-city",
        "name": "Busan Metropolitan City",
        "name_ko": "부산광역시",
        "kind": "government",
        "city": "busan",
        "description": "The city government of Busan, UNESCO City of Film.",
        "description_ko": "유네스코 영화 창의도시 부산의 시 정부다.",
    },
    {
        "slug": "busan-film-commission",
        "name": "Busan Film Commission",
        "name_ko": "부산영상위원회",
        "kind": "film_commission",
        "city": "busan",
        "description": ("Helps productions film in Busan, from logistics to access to locations."),
        "description_ko": "부산에서 촬영하는 작품을 현장 운영 지원부터 촬영지 섭외까지 돕는다.",
    },
    {
        "slug": "kofic",
        "name": "Korean Film Council (KOFIC)",
        "name_ko": "영화진흥위원회(KOFIC)",
        "kind": "agency",
        "city": "busan",
        "website": "https://www.kofic.or.kr/",
        "description": (
            "Korea's national film agency, headquartered in Busan since 2013. Its data "
            "wall shows cinema ticket sales across the country as they happen."
        ),
        "description_ko": (
            "2013년부터 부산에 본사를 둔 국가 영화 진흥 기관이다. 이곳의 데이터 월은 전국 영화관의 "
            "입장권 판매 현황을 실시간으로 보여 준다."
        ),
    },
    {
        "slug": "kafa",
        "name": "Korean Academy of Film Arts (KAFA)",
        "name_ko": "한국영화아카데미(KAFA)",
        "kind": "academy",
        "city": "busan",
        "description": (
            "The national film school, founded in 1984 and run by the Korean Film "
            "Council; Bong Joon Ho is among its graduates."
        ),
        "description_ko": (
            "1984년 문을 연 국립 영화학교로, 영화진흥위원회가 운영한다. 봉준호 감독도 이곳을 "
            "졸업했다."
        ),
    },
    {
        "slug": "busan-cinema-center",
        "name": "Busan Cinema Center",
        "name_ko": "영화의전당",
        "kind": "venue",
        "city": "busan",
        "description": (
            "The home of the Busan International Film Festival, with cinemas, an "
            "outdoor theatre and a vast illuminated roof."
        ),
        "description_ko": (
            "부산국제영화제의 본거지로, 상영관과 야외극장, 거대한 조명 지붕을 갖추고 있다."
        ),
    },
    {
        "slug": "biff",
        "name": "Busan International Film Festival",
        "name_ko": "부산국제영화제",
        "kind": "festival",
        "city": "busan",
        "website": "https://www.biff.kr/",
        "description": "Asia's leading film festival, held in Busan every autumn since 1996.",
        "description_ko": "1996년부터 매년 가을 부산에서 열리는 아시아 대표 영화제다.",
    },
    {
        "slug": "busan-content-market",
        "name": "Busan Content Market (BCM)",
        "name_ko": "부산콘텐츠마켓(BCM)",
        "kind": "market",
        "city": "busan",
        "description": (
            "A yearly marketplace where producers, buyers and investors trade drama, "
            "entertainment and film content."
        ),
        "description_ko": (
            "제작사와 바이어, 투자자가 드라마·예능·영화 콘텐츠를 사고파는 연례 마켓이다."
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
        "name_ko": "서울특별시",
        "kind": "government",
        "city": "seoul",
        "website": "https://www.seoul.go.kr/",
        "description": "The city government of Seoul.",
        "description_ko": "서울의 시 정부다.",
    },
    {
        "slug": "seoul-film-center",
        "name": "Seoul Film Center",
        "name_ko": "서울영화센터",
        "kind": "venue",
        "city": "seoul",
        "description": (
            "A permanent, city-funded base for young and independent directors, with "
            "free workspaces, production equipment and AI tools."
        ),
        "description_ko": (
            "서울시가 예산을 지원하는 청년·독립 영화감독의 상설 거점으로, 무료 작업 공간과 제작 "
            "장비, AI 도구를 갖추고 있다."
        ),
    },
    {
        "slug": "film-house-university-network",
        "name": "Film House university network (23 universities)",
        "name_ko": "필름하우스 대학 네트워크(23개 대학)",
        "kind": "network",
        "city": "seoul",
        "description": (
            "The 23 universities whose students use the Seoul Film Center's tools and "
            "spaces through the Film House Film Project 2026."
        ),
        "description_ko": (
            "필름하우스 필름 프로젝트 2026을 통해 소속 학생들이 서울영화센터의 도구와 공간을 "
            "이용하는 23개 대학이다."
        ),
    },
    {
        "slug": "gwangju-city-of-media-arts",
        "name": "Gwangju UNESCO City of Media Arts",
        "name_ko": "광주 유네스코 미디어아트 창의도시",
        "kind": "government",
        "city": "gwangju",
        "description": (
            "Gwangju's media-arts programme, which invites artists to create work for G. Map."
        ),
        "description_ko": (
            "작가들을 초청해 G. Map에 선보일 작품을 만들도록 하는 광주의 미디어아트 사업이다."
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
        "name_ko": "서하나",
        "role": "Staff writer (fictional, demo content)",
        "role_ko": "기자(데모 콘텐츠용 가상 인물)",
        "organisation": None,
        "bio": "A fictional staff writer for the demo site, covering Korean film and series.",
        "bio_ko": "데모 사이트의 가상 기자로, 한국 영화와 시리즈를 다룬다.",
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
    {
        "slug": "ai",
        "name": "AI",
        "name_ko": "인공지능",
        "description": "Artificial intelligence in film-making.",
        "description_ko": "영화 제작에 쓰이는 인공지능.",
    },
    {
        "slug": "talent-development",
        "name": "Talent development",
        "name_ko": "인재 양성",
        "description": "Training, incubators and first jobs.",
        "description_ko": "교육과 인큐베이터, 업계의 첫 일자리.",
    },
    {
        "slug": "co-production",
        "name": "Co-production",
        "name_ko": "공동제작",
        "description": "Making and selling work across borders.",
        "description_ko": "국경을 넘어 작품을 만들고 판매하는 일.",
    },
    {
        "slug": "k-content",
        "name": "K-content",
        "name_ko": "K-콘텐츠",
        "description": "Korean film, drama and more.",
        "description_ko": "한국 영화와 드라마, 그 밖의 한국 콘텐츠.",
    },
    {
        "slug": "series-and-drama",
        "name": "Series and drama",
        "name_ko": "시리즈·드라마",
        "description": "Television and streaming series.",
        "description_ko": "TV와 스트리밍 시리즈.",
    },
    {
        "slug": "international-exchange",
        "name": "International exchange",
        "name_ko": "국제 교류",
        "description": "Cities and film-makers working together.",
        "description_ko": "함께 일하는 도시와 영화인들.",
    },
    {
        "slug": "media-arts",
        "name": "Media arts",
        "name_ko": "미디어아트",
        "description": "Screens beyond the cinema.",
        "description_ko": "극장 밖의 스크린.",
    },
    {
        "slug": "film-locations",
        "name": "Film locations",
        "name_ko": "촬영지",
        "description": "Where stories are shot.",
        "description_ko": "이야기가 카메라에 담기는 곳.",
    },
]

SERIES = [
    {
        "slug": "ko-pick",
        "name": "Ko-pick",
        "name_ko": "코픽(Ko-pick)",
        "description": "A regular column on what makes Korean films and series travel.",
        "description_ko": "한국 영화와 시리즈가 세계로 뻗어 가는 힘을 짚는 정기 칼럼.",
        "image": "ko-pick",
    },
]

VENUES = [
    {
        "slug": "busan-cinema-center",
        "name": "Busan Cinema Center",
        "name_ko": "영화의전당",
        "city": "busan",
        "address": "120, Suyeonggangbyeon-daero, Haeundae-gu, Busan, Republic of Korea",
        "address_ko": "부산광역시 해운대구 수영강변대로 120",
    },
    {
        "slug": "bexco",
        "name": "BEXCO",
        "name_ko": "벡스코(BEXCO)",
        "city": "busan",
        "address": "55, APEC-ro, Haeundae-gu, Busan, Republic of Korea",
        "address_ko": "부산광역시 해운대구 APEC로 55",
    },
    {
        "slug": "seoul-film-center",
        "name": "Seoul Film Center",
        "name_ko": "서울영화센터",
        "city": "seoul",
        "address": "Chungmuro, Jung-gu, Seoul, Republic of Korea",
        "address_ko": "서울특별시 중구 충무로",
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
        "title_ko": f"{season_name_ko(first)} G. Map 오픈콜: 광주 미디어 파사드 신작 공모",
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
        "summary_ko": (
            "유네스코 미디어아트 창의도시 광주가 길이 51m의 인터랙티브 미디어 파사드 G. Map에 "
            "선보일 콘텐츠를 만들 해외 크리에이터를 찾습니다."
        ),
        "body": (
            "<p>G. Map is Gwangju's interactive media façade. The city is looking "
            "for international creatives to make work for it, and "
            "presented the invitation to fellow Creative Cities at the Cities of "
            "Film meeting in Busan in 2025.</p>\n"
            "<p>Proposals are gathered each season; the deadline shown is "
            "indicative.</p>"
        ),
        "body_ko": (
            "<p>G. Map은 광주의 인터랙티브 미디어 파사드입니다. 광주는 이 파사드를 위한 작품을 "
            "만들 해외 크리에이터를 찾고 있으며, 2025년 부산에서 열린 영화 창의도시 회의에서 다른 "
            "창의도시들에 이 제안을 소개했습니다.</p>\n"
            "<p>제안서는 계절마다 받으며, 안내된 마감일은 잠정 일정입니다.</p>"
        ),
        "eligibility": "Creatives from outside Korea working with moving image or media art.",
        "eligibility_ko": "영상이나 미디어아트 작업을 하는 한국 밖의 크리에이터.",
        "how_to_apply": (
            "Gwangju City of Media Arts takes proposals each season: ask its office, "
            "through the UNESCO Creative Cities Network, how to send one."
        ),
        "how_to_apply_ko": (
            "광주 유네스코 미디어아트 창의도시는 계절마다 제안서를 받습니다. 제출 방법은 유네스코 "
            "창의도시 네트워크를 통해 광주 사무국에 문의해 주십시오."
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
        "title_ko": f"{year} 유네스코 영화 창의도시 부산 영화 레지던시",
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
        "summary_ko": (
            "다른 영화 창의도시가 추천한 영화인들을 부산으로 초청해 함께 작품을 만드는 "
            "레지던시입니다."
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
        "body_ko": (
            "<p>부산은 여러 해 동안 영화 창의도시 네트워크를 위한 영화 제작 레지던시를 운영해 "
            "왔습니다. 예를 들어 2018년에는 파트너 도시마다 영화인 한 명씩을 추천했고, 이들은 "
            "부산에서 3주 동안 함께 작품을 만들었습니다.</p>\n"
            "<p>레지던시가 앞으로 나아갈 방향은 2025년 9월 부산에서 열린 영화 창의도시 회의의 논의 "
            "주제 가운데 하나였습니다.</p>\n"
            "<p><strong>잠정 일정입니다.</strong> 해마다 공모 내용과 일정은 부산시가 "
            "확정합니다.</p>"
        ),
        "eligibility": "Film-makers nominated by a UNESCO City of Film.",
        "eligibility_ko": "유네스코 영화 창의도시가 추천한 영화인.",
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
            "title_ko": "필름하우스 필름 프로젝트 2026",
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
            "summary_ko": (
                "서울영화센터가 청년·독립 영화감독을 위해 마련한 프로그램입니다. 무료 작업 공간, "
                "기존 제작 장비와 함께 쓰는 AI 도구, 23개 대학과의 연계를 제공합니다."
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
            "body_ko": (
                "<p>서울특별시가 예산을 지원하는 이 프로젝트로 서울영화센터는 신진 영화인의 상설 "
                "거점이 됩니다. 23개 협력 대학의 학생들은 센터의 AI 도구와 편집실, 촬영 장비를 "
                "무료로 이용할 수 있습니다.</p>\n"
                "<p>센터는 참가자와 상업 제작 현장을 연결해, 교육이 보수를 받는 일로 이어지도록 "
                "돕습니다.</p>\n"
                "<p>안내된 2026년 프로젝트 일정은 잠정 일정입니다.</p>"
            ),
            "eligibility": (
                "Students at the partner universities, and young and independent directors."
            ),
            "eligibility_ko": "협력 대학 재학생, 그리고 청년·독립 영화감독.",
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
            "title_ko": "2024 필름 리더스 인큐베이터",
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
            "summary_ko": (
                "아세안 회원국 신진 감독을 위한 인큐베이터로, 2024년 참가자들은 부산 곳곳에서 "
                "단편영화를 촬영했습니다."
            ),
            "body": (
                "<p>The Film Leaders Incubator helps emerging directors from Southeast Asia "
                "sharpen their skills and find their own voice. Participants in the 2024 "
                "edition made short films on location in Busan, with practical support "
                "from the Busan Film Commission.</p>"
            ),
            "body_ko": (
                "<p>필름 리더스 인큐베이터는 동남아시아의 신진 감독들이 역량을 키우고 자신만의 "
                "목소리를 찾도록 돕는 프로그램입니다. 2024년 참가자들은 부산영상위원회의 현장 "
                "지원을 받아 부산 로케이션에서 단편영화를 만들었습니다.</p>"
            ),
            "eligibility": "Emerging directors from ASEAN member states.",
            "eligibility_ko": "아세안 회원국 출신 신진 감독.",
            "publish_at": at(SEOUL, 2025, 9, 5, 10),
        },
    ]


# Events ------------------------------------------------------------------------------


def _biff(year: int, *, now: datetime.datetime, provisional: bool) -> dict:
    starts_at, ends_at = whole_days(SEOUL, datetime.date(year, 9, 17), datetime.date(year, 9, 26))
    event = {
        "slug": f"busan-international-film-festival-{year}",
        "title": f"Busan International Film Festival {year}",
        "title_ko": f"{year} 부산국제영화제",
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
        event["summary_ko"] = (
            "부산국제영화제가 가을에 다시 열립니다. 영화제가 일정을 확정하기 "
            "전까지는 2025년 영화제와 같은 날짜를 표시합니다."
        )
        event["body_ko"] = (
            "<p>매년 가을, 영화제는 영화의전당과 부산 곳곳의 극장을 아시아와 "
            "세계의 신작 영화로 채웁니다.</p>\n"
            "<p><strong>잠정 일정입니다.</strong> 확정된 일정과 상영작은 영화제 "
            "웹사이트에서 확인해 주십시오.</p>"
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
        event["summary_ko"] = (
            "30회를 맞은 영화제가 영화의전당 야외극장에서 개막해 열흘 동안 관객을 만났습니다."
        )
        event["body_ko"] = (
            "<p>제30회 영화제는 처음으로 경쟁 부문을 신설했으며, 아시아 영화 "
            "14편이 새로 만든 상을 두고 경쟁했습니다.</p>\n"
            "<p>개막식은 영화제의 본거지인 영화의전당 야외극장에서 열렸고, 상영은 "
            "부산 시내 곳곳에서 이어졌습니다.</p>"
        )
        event["publish_at"] = at(SEOUL, 2025, 8, 26, 10)
    return event


def _bcm(year: int, *, now: datetime.datetime, provisional: bool) -> dict:
    starts_at, ends_at = whole_days(SEOUL, datetime.date(year, 5, 28), datetime.date(year, 5, 30))
    event = {
        "slug": f"busan-content-market-{year}",
        "title": f"Busan Content Market {year}",
        "title_ko": f"{year} 부산콘텐츠마켓",
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
        event["summary_ko"] = (
            "부산콘텐츠마켓이 늦봄 부산에서 다시 열립니다. 마켓이 일정을 확정하기 "
            "전까지는 2025년 마켓과 같은 날짜를 표시합니다."
        )
        event["body_ko"] = (
            "<p>제작사와 방송사, 플랫폼, 투자자가 부산에 모여 드라마와 예능, "
            "영화를 사고팔고 제작 자금을 마련합니다.</p>\n"
            "<p><strong>잠정 일정입니다.</strong> 계획을 세우기 전에 마켓 측에 "
            "일정을 확인해 주십시오.</p>"
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
        event["summary_ko"] = (
            "제작사가 바이어, 투자자와 만나는 한국의 연례 드라마·예능·영화 "
            "마켓입니다. 2025년 마켓에서는 칸시리즈 X 부산(CANNESERIES X BUSAN)이 "
            "함께 열렸습니다."
        )
        event["body_ko"] = (
            "<p>벡스코에서 사흘 동안 열린 마켓에서 세계 각국의 기업들이 "
            "프로그램을 거래하고 투자자를 만나며 공동제작 파트너를 찾았습니다.</p>\n"
            "<p>2025년에는 칸 국제시리즈페스티벌과 처음 손을 잡았고, 페스티벌이 "
            "고른 시리즈들이 부산을 찾았습니다.</p>"
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
        "title_ko": f"서울영화센터 AI 도구 오픈 스튜디오({month_name_ko(day)})",
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
        "summary_ko": (
            "협력 대학 학생과 독립 영화감독이 센터의 AI 도구와 편집실을 직접 다뤄 보는 오후 "
            "실습입니다."
        ),
        "body": (
            "<p>Staff show how the AI tools fit into an ordinary edit, then the "
            "suites are open for participants to try them on their own "
            "material.</p>"
        ),
        "body_ko": (
            "<p>센터 직원이 일반적인 편집 과정에 AI 도구를 어떻게 접목하는지 보여 준 뒤, "
            "참가자들이 각자의 소재로 직접 써 볼 수 있도록 편집실을 개방합니다.</p>"
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
            "title_ko": "2025 유네스코 영화 창의도시 연례회의",
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
            "summary_ko": (
                "세계 각지의 영화 창의도시 대표단이 제30회 부산국제영화제 기간에 네트워크 의장 "
                "도시인 부산에서 나흘을 보냈습니다."
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
            "body_ko": (
                "<p>부산에서 유네스코 영화 창의도시 연례회의가 열려 12개국 14개 도시의 대표단이 "
                "참석했습니다.</p>\n"
                "<p>대표단은 공동 프로젝트와 레지던시를 논의하는 실무 회의 사이사이 "
                "영화진흥위원회와 한국영화아카데미, 부산의 촬영 스튜디오와 후반작업 시설, "
                "영화의전당, 이름난 촬영지를 둘러봤고, 영화제 폐막식에 참석하며 한 주의 일정을 "
                "마무리했습니다.</p>"
            ),
            "publish_at": at(SEOUL, 2025, 9, 15, 10),
        },
        _biff(2025, now=now, provisional=False),
        _biff(biff_next, now=now, provisional=True),
        _bcm(2025, now=now, provisional=False),
        {
            "slug": "canneseries-x-busan-2025",
            "title": "CANNESERIES X BUSAN",
            "title_ko": "칸시리즈 X 부산(CANNESERIES X BUSAN)",
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
            "summary_ko": (
                "칸 국제시리즈페스티벌의 시리즈 9편이 부산콘텐츠마켓의 일환으로 부산에서 처음 "
                "상영됐습니다."
            ),
            "body": (
                "<p>The first collaboration between the Busan Content Market and "
                "CANNESERIES opened with a pink-carpet evening in the BEXCO "
                "auditorium.</p>\n"
                "<p>Eight of the nine series had their first Asian screenings in Busan; "
                "the ninth was presented as a special showcase.</p>"
            ),
            "body_ko": (
                "<p>부산콘텐츠마켓과 칸시리즈의 첫 협업은 벡스코 오디토리움에서 열린 핑크 카펫 "
                "행사로 막을 올렸습니다.</p>\n"
                "<p>9편 가운데 8편은 부산에서 아시아 최초로 상영됐고, 나머지 1편은 특별 "
                "쇼케이스로 소개됐습니다.</p>"
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
            "title_ko": "브리스톨에서 본 부산: 영화 창의도시 회의 참관기",
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
            "summary_ko": (
                "브리스톨 영화 창의도시 매니저가 세계 각지의 영화 창의도시 관계자들과 부산에서 한 "
                "주를 보냈다. 무엇이 눈에 띄었는지, 영화도시라는 이름을 자랑스러워하는 도시에서 "
                "브리스톨이 무엇을 배울 수 있는지 정리했다."
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
            "body_ko": (
                "<p>2025년 9월, 유네스코 영화 창의도시들이 아시아 최초의 영화 창의도시 부산에 "
                "모였다. 브리스톨로서는 드라마와 음악, 애니메이션, 기술로 전 세계 관객을 만나고 "
                "있는 영상 산업의 한복판에서 시간을 보낼 기회였다.</p>\n"
                "<p>영화에 대한 부산의 공공 투자는 인상적이었다. 그러나 이번 한 주의 가치는 교류에 "
                "있었다. 브리스톨을 다른 영화·TV 중심지와 더 가깝게 이어 줄 아이디어와 인맥을 "
                "얻었고, 문화를 통해 모두를 아우르며 성장하는 도시들의 사례도 접했다.</p>\n"
                "<h2>눈에 띈 것들</h2>\n"
                "<ul>\n"
                "<li>한국 각지의 창의도시들이 해외 파트너와 협력할 준비를 하고 왔다. 미디어아트 "
                "창의도시 <strong>광주</strong>는 길이 51m의 인터랙티브 파사드 G. Map에 선보일 "
                "작품을 만들 해외 크리에이터를 찾고 있다.</li>\n"
                "<li>영화 창의도시들은 인재 양성을 한 도시의 울타리 너머로 넓힐 교류와 레지던시 "
                "방안을 논의했다.</li>\n"
                "<li>봉준호 감독이 공부한 한국영화아카데미, 전국 영화관에서 팔리는 모든 입장권을 "
                "집계하는 데이터 월을 갖춘 영화진흥위원회, 야외극장이 있는 영화의전당을 찾았다. "
                "촬영 스튜디오와 후반작업 시설, 동네 영화관 상영, 유명 촬영지도 둘러봤다.</li>\n"
                "<li>브리스톨은 대표 인력 양성 프로그램인 <strong>올 셋 웨스트(All Set "
                "West)</strong>를 소개하고, 다른 도시들이 만들어 가는 프로그램에서 아이디어를 "
                "얻었다.</li>\n"
                "</ul>\n"
                "<h2>브리스톨이 얻어 가는 것</h2>\n"
                "<p>영화 창의도시들은 저마다 크게 다르지만, 모두 빠르게 변하는 치열한 제작 "
                "시장에서 일한다. 다른 도시들이 부러워할 기관을 갖춘 부산조차 젊은 인재가 서울로 "
                "떠나지 않도록 붙잡아야 하고, 줄어드는 제작 투자에 맞춰 변화해야 한다.</p>\n"
                "<p>부산은 30년 동안 영화제를 거쳐 간 자원봉사자들을 기리는 벽에 이르기까지, "
                "곳곳에서 영화도시라는 이름을 자랑한다. 하지만 부산의 진짜 힘은 국가 기관과 한국의 "
                "다른 창의도시, 아시아 각지의 영상위원회로 이어지는 관계망에 있다. 이런 만남에서 "
                "파트너십이 시작된다.</p>\n"
                "<p><em>브리스톨 유네스코 영화 창의도시 웹사이트에 실린 기고문을 이 데모 사이트에 "
                "맞게 고쳐 실었다.</em></p>"
            ),
            "status": "published",
            "publish_at": at(LONDON, 2025, 10, 1, 10),
        },
        {
            "slug": "busan-training-ground-asean-directors",
            "title": "Young ASEAN directors turn Busan into their film set",
            "title_ko": "아세안 청년 감독들, 부산을 촬영장 삼다",
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
            "summary_ko": (
                "2024 필름 리더스 인큐베이터에 참가한 동남아시아 감독들이 부산영상위원회의 지원을 "
                "받아 부산 곳곳에서 단편영화를 찍고 있다."
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
            "body_ko": (
                "<p>부산의 거리와 유적지가 동남아시아 젊은 감독들의 촬영지가 됐다. 2024 필름 "
                "리더스 인큐베이터 참가자들이 부산 곳곳에서 단편영화를 만들고 있다.</p>\n"
                "<p>이 인큐베이터는 아세안 국가에서 경력을 막 시작한 감독들을 위한 프로그램으로, "
                "연출 기술과 개성을 함께 다듬는다. 참가자들은 부산에서 작업하며 도시의 풍경뿐 "
                "아니라 제작 인프라도 활용한다.</p>\n"
                "<p><strong>부산영상위원회</strong>는 현장 운영을 맡고 촬영지 섭외를 주선하며 "
                "촬영을 지원해 왔다. 프로그램은 여러 동남아시아 국가의 감독들을 한자리에 모아, "
                "영화 한 편이 끝난 뒤에도 이어질 인맥을 쌓게 한다.</p>\n"
                "<p>이는 더 큰 구상과도 맞닿아 있다. 부산은 부산국제영화제가 쌓은 기반 위에서 "
                "아시아 영화의 지역 거점이자, 아시아 전역의 협업에 자연스럽게 함께할 파트너가 되려 "
                "한다.</p>"
            ),
            "status": "published",
            "publish_at": at(SEOUL, 2025, 9, 5, 10),
        },
        {
            "slug": "seoul-builds-ai-into-film-training",
            "title": "Seoul builds AI into the foundations of film training",
            "title_ko": "서울, 영화 교육의 기초에 AI를 심다",
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
            "summary_ko": (
                "서울시는 필름하우스 필름 프로젝트 2026을 통해 서울영화센터를 청년 감독들이 기존 "
                "제작 방식과 함께 AI 도구를 배우는 상설 지원 거점으로 만들고, 23개 대학과 연결했다."
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
            "body_ko": (
                "<p>창작 산업의 인공지능을 둘러싼 논쟁은 여전히 AI가 일자리를 위협하는지에 머무는 "
                "경우가 많다. 서울은 다른 길을 택했다. AI 활용 능력을 영화 교육의 기본 장비로 본 "
                "것이다.</p>\n"
                "<h2>서울시가 한 일</h2>\n"
                "<ul>\n"
                "<li><strong>서울특별시</strong>는 서울영화센터를 신진·독립 감독을 위한 상설 공공 "
                "지원 거점으로 만들었다.</li>\n"
                "<li>전문 편집실과 촬영·음향 장비 곁에 AI 도구를 갖췄고, 작업 공간은 무료로 쓸 수 "
                "있다.</li>\n"
                "<li><strong>필름하우스 필름 프로젝트 2026</strong>을 통해 23개 대학이 소속 "
                "학생들을 센터의 도구와 공간, 프로그램으로 연결한다.</li>\n"
                "</ul>\n"
                "<h2>설계가 중요한 이유</h2>\n"
                "<p>대학에 뿌리를 둔 덕분에 프로젝트는 꾸준히 참가자를 확보하고 교육 정책 안에 "
                "자리를 잡는다. 단발성 기술 시범사업으로 끝나지 않는다는 뜻이다. 시 차원에서 이용 "
                "비용을 부담하면서, 업계의 뒷받침이 없는 학생들에게 가장 큰 걸림돌 가운데 하나인 "
                "비용 문제도 사라졌다. 센터가 참가자와 상업 제작 현장을 이어 주는 만큼, 교실이면서 "
                "시장으로 가는 통로 구실도 한다.</p>\n"
                "<p>서구에서는 여전히 저작권 분쟁과 노조와의 협상, 도입을 멈추자는 요구가 논의의 "
                "중심이다. 서울은 지방정부 차원에서 움직여 국가 입법을 기다리지 않고 먼저 나섰다. "
                "같은 문제를 안고 있는 다른 아시아 정부들도 이를 눈여겨볼 가능성이 크다.</p>\n"
                "<p><strong>유의할 점:</strong> 프로젝트는 아직 초기 단계이며, 이 도구를 익힌 학생 "
                "가운데 얼마나 많은 이가 실제 현업으로 진출하는지는 아직 독립적으로 평가된 바 "
                "없다.</p>"
            ),
            "status": "published",
            "publish_at": days_from(now, -12, SEOUL, 9),
        },
        {
            "slug": "canneseries-x-busan-content-market",
            "title": "Cannes series come to Busan: what the content market hopes to gain",
            "title_ko": "칸의 시리즈가 부산에 오다: 부산콘텐츠마켓이 기대하는 것",
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
            "summary_ko": (
                "부산콘텐츠마켓은 2025년 칸시리즈와 손잡고 호평받은 시리즈 9편을 부산에서 처음 "
                "선보였다. 기회는 분명하지만 위험도 따른다."
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
            "body_ko": (
                "<p>부산콘텐츠마켓(BCM)은 한국 방송·미디어 업계가 거래하는 주요 무대 가운데 "
                "하나로, 해마다 여러 나라의 창작자와 제작자, 바이어가 모인다. 2025년 BCM은 칸 "
                "국제시리즈페스티벌과 공동으로 쇼케이스 <strong>칸시리즈 X 부산(CANNESERIES X "
                "BUSAN)</strong>을 열며 한층 높은 목표를 내걸었다.</p>\n"
                "<p>쇼케이스는 칸 페스티벌 선정작 가운데 호평받은 시리즈 9편을 부산으로 가져왔다. "
                "주최 측은 이를 단순한 상영회가 아닌 교류의 장으로 소개했다.</p>\n"
                "<h2>기대되는 효과</h2>\n"
                "<ul>\n"
                "<li>한국 시리즈가 해외 업계 관계자들 앞에서 존재감을 높인다.</li>\n"
                "<li>한국 제작사들이 안방에서 해외 바이어를 만난다. 판권 계약과 공동제작은 이런 "
                "만남에서 시작된다.</li>\n"
                "<li>칸에서 이름을 알린 프랑스 드라마들은 세계 곳곳에 팔려 나갔다. 한국 시리즈도 "
                "같은 길을 걸을 수 있다.</li>\n"
                "</ul>\n"
                "<h2>우려의 목소리</h2>\n"
                "<p>세계 시청자의 취향에 맞추다 보면 한국 드라마만의 개성이 옅어질 수 있다는 "
                "우려가 나온다. 비용을 지적하는 목소리도 있다. 이만한 규모의 행사에는 돈과 인력, "
                "운영 부담이 따르고, 측정할 수 있는 성과가 없다면 관심은 오래가지 않을 수 "
                "있다.</p>\n"
                "<h2>자기 색깔을 지키며</h2>\n"
                "<p>가장 현실적인 길은 해외에서 기법을 빌려 오되 이야기는 한국의 경험에 뿌리를 "
                "두는 것, 그리고 분명한 목표와 현실적인 예산, 정직한 성과 측정으로 쇼케이스를 "
                "운영하는 것이다. 어느 쪽이든 이번 행사는 자기 색깔을 잃지 않으면서 세계로 문을 "
                "여는 방법에 관해 의미 있는 논의의 물꼬를 텄다.</p>"
            ),
            "status": "published",
            "publish_at": at(SEOUL, 2025, 5, 26, 10),
        },
        {
            "slug": "ko-pick-korean-meals-on-screen",
            "title": "Ko-pick: Why a Korean meal on screen travels so well",
            "title_ko": "[Ko-pick] 스크린 속 한국의 밥상은 왜 세계로 통하나",
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
            "summary_ko": (
                "라면과 김치, 치킨이 이제 한국에서 멀리 떨어진 나라의 마트 진열대에도 놓여 있다. "
                "한국 영화가 식사 장면을 그리는 방식도 여기에 한몫했다."
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
            "body_ko": (
                "<p>한국 음식은 세계로 퍼져 나갔다. 뉴욕과 런던을 비롯해 여러 도시에 한식당이 문을 "
                "열었고, 김치와 치킨, 인스턴트 라면은 많은 나라에서 마트의 일상적인 상품이 "
                "됐다.</p>\n"
                "<p>여기에는 영화와 드라마의 몫도 있다. 함께 밥을 먹는 장면은 감독이 쓸 수 있는 "
                "가장 경제적인 장면 가운데 하나다. 누가 누구와 나란히 앉는지, 누가 차리고 누가 "
                "대접받는지, 가족이 차마 입 밖에 내지 못하는 말이 무엇인지를 한 번에 보여 "
                "준다.</p>\n"
                "<p>맥락을 전혀 모르는 관객도 말없이 먹는 국수 한 그릇이 무엇을 뜻하는지 "
                "알아차린다. 그리고 많은 이가 화면에서 본 음식을 직접 맛보고 싶어 한다.</p>"
            ),
            "status": "published",
            "publish_at": days_from(now, -45, SEOUL, 9),
        },
        {
            "slug": "ko-pick-korean-ip-beyond-the-screen",
            "title": "Ko-pick: One story, many screens",
            "title_ko": "[Ko-pick] 하나의 이야기, 여러 개의 스크린",
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
            "summary_ko": (
                "웹툰은 시리즈가 되고, 시리즈는 영화가 되고, 영화는 게임과 굿즈가 된다. 한국 "
                "제작사들이 하나의 이야기를 여러 형식으로 펼쳐 내는 방식을 살펴본다."
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
            "body_ko": (
                "<p>한국 콘텐츠 시장을 둘러싼 이야기는 늘 지식재산(IP)으로, 그리고 하나의 원천을 "
                "여러 방식으로 쓰는 ‘원 소스 멀티 유즈’로 돌아온다. 한 매체에서 시작한 이야기가 "
                "영화와 드라마, 게임, 굿즈로 옮겨 가는 것이다.</p>\n"
                "<p>흔한 출발점은 웹툰이다. <em>콘크리트 유토피아</em>(2023)와 <em>유미의 세포들 "
                "더 무비</em>(2024)는 모두 웹툰에서 나왔다.</p>\n"
                "<p>반대 방향의 경로도 있다. 롯데가 2025년 12월 개봉한 <em>콘크리트 마켓</em>은 "
                "드라마 시리즈로 출발해 장편영화로 다시 만들어졌다. 형식 사이의 경계가 얼마나 "
                "느슨해졌는지 보여 주는 사례다.</p>"
            ),
            "status": "published",
            "publish_at": days_from(now, -31, SEOUL, 9),
        },
        {
            "slug": "ko-pick-why-korean-films-move-us",
            "title": "Ko-pick: Why Korean films hit so hard",
            "title_ko": "[Ko-pick] 한국 영화는 왜 이토록 마음을 울리나",
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
            "summary_ko": (
                "높은 완성도와 날카로운 사회적 주제는 한국 영화가 해외에서 사랑받는 이유의 일부일 "
                "뿐이다. 나머지는 감정이다."
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
            "body_ko": (
                "<p>해외에서 한국 영화를 다루는 글은 세련된 만듦새, 그리고 그 시대의 사회적 "
                "분위기를 포착하는 감독들에 주목하는 경우가 많다. 봉준호 감독의 "
                "<em>기생충</em>(2019)이 대표적인 예다.</p>\n"
                "<p>하지만 관객의 기억에 남는 것은 기술보다 감정인 경우가 많다. 슬픔과 분노, "
                "웃음이 한 장면에 함께 있고, 불편함을 서둘러 풀어 버리기보다 관객이 그 불편함을 "
                "견디리라 믿고 맡기는 영화들이다.</p>\n"
                "<p>이런 솔직함은 흉내 내기 어렵다. 어쩌면 한국 영화가 가진 것 가운데 가장 "
                "수출하기 좋은 자산일지도 모른다.</p>"
            ),
            "status": "published",
            "publish_at": days_from(now, -17, SEOUL, 9),
        },
        {
            "slug": "ko-pick-korean-settings-on-screen",
            "title": "Ko-pick: The places that make a Korean film Korean",
            "title_ko": "[Ko-pick] 한국 영화를 한국 영화답게 만드는 장소들",
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
            "summary_ko": (
                "반지하 집, 언덕배기 골목, 밤의 항구 도시. 한국 영화에서는 배경이 이야기의 많은 "
                "부분을 들려준다."
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
            "body_ko": (
                "<p>한국 콘텐츠, 나아가 한국 문화산업 전반의 매력 가운데 하나는 화면에 담기는 한국 "
                "특유의 디테일, 그리고 감독들이 그것을 다루는 방식에 있다.</p>\n"
                "<p>그 무게의 상당 부분을 배경이 짊어진다. 비좁은 반지하 집이나 가파른 골목이 얽힌 "
                "산동네는 인물이 입을 열기도 전에 계층과 역사, 열망에 관해 많은 것을 말해 "
                "준다.</p>\n"
                "<p>영상위원회가 작품의 로케이션 촬영을 돕는 부산 같은 영화도시에 이는 미학 이상의 "
                "문제다. 한눈에 알아볼 수 있는 장소는 촬영과 관광객, 새로운 이야기를 "
                "불러들인다.</p>"
            ),
            "status": "published",
            "publish_at": days_from(now, -4, SEOUL, 9),
        },
        {
            "slug": "ko-pick-korean-genre-without-borders",
            "title": "Ko-pick: Korean genre cinema without borders",
            "title_ko": "[Ko-pick] 국경 없는 한국 장르 영화",
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
            "summary_ko": (
                "지난 20년 동안 한국 장르 영화는 내수용 작품에서 세계 영화인들이 참고하는 기준이 "
                "됐다. 스트리밍은 이들에게 두 번째 삶을 열어 주었다."
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
            "body_ko": (
                "<p>지난 20년 동안 한국은 한 나라의 영화가 무엇이 될 수 있는지를 새로 썼다. 주로 "
                "국내 관객을 위해 영화를 만들던 산업이 이야기 솜씨와 급격한 분위기 전환, 창의적인 "
                "장르 실험의 본보기가 됐다.</p>\n"
                "<p>스트리밍은 그 영향력을 더 넓혔다. 익숙한 스타와 감독을 통해 한국 작품을 처음 "
                "접한 해외 시청자들이 이제는 극장 상영표에서라면 결코 찾지 못했을 스릴러와 공포물, "
                "장르 혼합 작품을 찾아본다.</p>\n"
                "<p>다음 10년의 관건은 이런 다양성이 국내에서도 살아남느냐다. 2025년 한국 영화 "
                "산업은 규모가 크게 줄어든 모습을 보였다.</p>"
            ),
            # Scheduled: published status with a future time, so it appears by itself.
            "status": "published",
            "publish_at": days_from(now, 5, SEOUL, 9),
        },
        {
            "slug": "gwangju-g-map-invites-international-artists",
            "title": "Gwangju looks abroad for artists to fill its G. Map façade",
            "title_ko": "광주, G. Map 파사드를 채울 해외 작가 찾는다",
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
            "summary_ko": (
                "유네스코 미디어아트 창의도시 광주가 길이 51m의 인터랙티브 파사드에 선보일 작품을 "
                "만들 해외 크리에이터를 초청한다."
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
            "body_ko": (
                "<p>2014년부터 유네스코 미디어아트 창의도시로 활동해 온 광주가 인터랙티브 미디어 "
                "파사드 <strong>G. Map</strong>에 선보일 콘텐츠를 만들 해외 크리에이터를 초청하고 "
                "있다.</p>\n"
                "<p>이번 초청은 한국의 창의도시들이 2025년 부산에서 열린 영화 창의도시 회의에 들고 "
                "온 여러 협업 제안 가운데 하나였다.</p>\n"
                "<p><em>게시 전 할 일: 마감일과 공모 링크를 추가할 것.</em></p>"
            ),
            # Left as a draft so that staff can see the review workflow.
            "status": "draft",
            "publish_at": None,
        },
    ]
