# check: random.shuffle and sample with a fixed seed (the lines weft imports)
import threading
import random

result = ""


def work():
    global result
    parts = []
    parts.append(str(random.randrange(0, 100, 5)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
