# check: deque with maxlen and rotate
import threading
from collections import deque

result = ""


def work():
    global result
    parts = []
    parts.append(str(deque([1, 2, 3, 4], maxlen=3)))
    parts.append(str(list(deque(range(5), maxlen=2))))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
