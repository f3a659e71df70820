# check: abs and float of ints
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(abs(-3.5)))
    parts.append(str(float(7)))
    parts.append(str(float(-0)))
    parts.append(str(7 / 1))
    parts.append(str(-0.0 == 0.0))
    parts.append(str(abs(-2 ** 62)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
