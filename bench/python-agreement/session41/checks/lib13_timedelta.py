# check: timedelta text
import threading
from datetime import timedelta

result = ""


def work():
    global result
    parts = []
    parts.append(str(timedelta(seconds=3661)))
    parts.append(str(timedelta(days=1, hours=2)))
    parts.append(str(timedelta(milliseconds=1500)))
    parts.append(str(timedelta(seconds=-1)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
