# check: math.gcd, isclose, fsum, log (the lines weft imports)
import threading
import math

result = ""


def work():
    global result
    parts = []
    parts.append(str(sum([0.1] * 10)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
