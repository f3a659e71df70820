# check: random with a fixed seed gives CPython's Mersenne Twister sequence (the lines weft imports)
import threading
import random

result = ""


def work():
    global result
    parts = []
    parts.append(str(random.randint(1, 100)))
    parts.append(random.choice(["a", "b", "c", "d"]))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
