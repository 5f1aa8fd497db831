# As Korean readers write dates: 2026년 10월 3일. Event times have translatable formats
# of their own (programmes/templatetags/events.py): 오후 7시, 오후 7시 30분.
DATE_FORMAT = "Y년 n월 j일"
YEAR_MONTH_FORMAT = "Y년 n월"
