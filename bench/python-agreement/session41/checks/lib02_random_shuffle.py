# check: random.shuffle and sample with a fixed seed
import threading
import random

result = ""


def work():
    global result
    parts = []
    parts.append(random.seed(7) or "")
    parts.append(str(random.sample(range(10), 3)))
    parts.append(str(random.randrange(0, 100, 5)))
    parts.append(str(random.getrandbits(8)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
