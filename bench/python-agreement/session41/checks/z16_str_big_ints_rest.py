# check: text of 64-bit edge integers (the lines weft imports)
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(10 ** 18))
    parts.append(str(-10 ** 18))
    parts.append(str(2 ** 62))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
