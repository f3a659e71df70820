# datetime.strptime as a bare statement validating dates.
import threading
from datetime import datetime

bad = 0


def validate(dates):
    global bad
    for d in dates:
        try:
            datetime.strptime(d, "%Y-%m-%d")
        except ValueError:
            bad += 1


t = threading.Thread(target=validate, args=(["2024-01-31", "2024-02-30", "x"],))
t.start()
t.join()
print(bad)
