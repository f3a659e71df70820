# check: bisect left and right
import threading
import bisect

result = ""


def work():
    global result
    parts = []
    parts.append(str(bisect.bisect_left([1, 2, 2, 3], 2)))
    parts.append(str(bisect.bisect_right([1, 2, 2, 3], 2)))
    parts.append(str(bisect.bisect([10, 20, 30], 25)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
