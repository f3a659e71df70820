# check: random with a fixed seed gives CPython's Mersenne Twister sequence
import threading
import random

result = ""


def work():
    global result
    parts = []
    parts.append(random.seed(42) or "")
    parts.append(str(random.randint(1, 100)))
    parts.append(str(random.random()))
    parts.append(random.choice(["a", "b", "c", "d"]))
    parts.append(str(round(random.uniform(1, 2), 6)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
