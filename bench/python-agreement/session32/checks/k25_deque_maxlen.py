# collections.deque(maxlen=3): an append past the bound drops the oldest
import threading
from collections import deque

window = deque(maxlen=3)


def work():
    for x in [1, 2, 3, 4, 5]:
        window.append(x)


t = threading.Thread(target=work)
t.start()
t.join()
print(list(window))
