# check: text of 64-bit edge integers
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(10 ** 18))
    parts.append(str(-10 ** 18))
    parts.append(str(2 ** 62))
    parts.append(str(-2 ** 63))
    parts.append(str(2 ** 63 - 1))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
