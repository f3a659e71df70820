# check: repr of floats: shortest round-trip form and exponent switch
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(1 / 3 * 3))
    parts.append(str(2 ** 0.5))
    parts.append(str(1e22))
    parts.append(str(123456789012345678.0))
    parts.append(str(0.1 * 3))
    parts.append(str(100.0))
    parts.append(str(1e-4))
    parts.append(str(123456.7e-9))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
