# Check: Counter.most_common keeps first-seen order among ties; Counter arithmetic drops non-positive counts. Bug: none.
import threading
from collections import Counter

top = []
left = 0


def worker():
    global left
    c = Counter("abracadabra")
    for ch, n in c.most_common(3):
        top.append(f"{ch}{n}")
    d = c - Counter("aaaaaaab")
    left = len(d)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"top={top} left={left}")
