# check: printf-style corner cases
import threading

result = ""


def work():
    global result
    parts = []
    parts.append("%5.1f%%" % 12.345)
    parts.append("%d" % 3.9)
    parts.append("%s" % 3.0)
    parts.append("%.3e" % 12345.678)
    parts.append("%+d" % 5)
    parts.append("%o|%c" % (8, 65))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
