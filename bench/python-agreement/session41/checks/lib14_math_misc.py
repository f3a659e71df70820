# check: math.gcd, isclose, fsum, log
import threading
import math

result = ""


def work():
    global result
    parts = []
    parts.append(str(math.gcd(12, 18)))
    parts.append(str(math.fsum([0.1] * 10)))
    parts.append(str(sum([0.1] * 10)))
    parts.append(str(math.log10(1000)))
    parts.append(str(math.hypot(3, 4)))
    parts.append(str(math.factorial(10)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
