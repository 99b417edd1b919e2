# Korean puts 오전/오후 before the time ("오전 7:14"), as Django's TIME_FORMAT and
# the browser's Intl do; Django's DATETIME_FORMAT has it after ("7:14 오전").
DATETIME_FORMAT = "Y년 n월 j일 A g:i"
