# check: statistics mean, median, mode
import threading
import statistics

result = ""


def work():
    global result
    parts = []
    parts.append(str(statistics.mean([1, 2, 3, 4])))
    parts.append(str(statistics.median([3, 1, 4, 1])))
    parts.append(str(statistics.mode([1, 2, 2, 3])))
    parts.append(str(statistics.mean([1.5, 2.5])))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
