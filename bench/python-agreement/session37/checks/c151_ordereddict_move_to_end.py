import threading
from collections import OrderedDict

recent = OrderedDict()
lock = threading.Lock()
log = []


def visit(page):
    with lock:
        recent[page] = recent.get(page, 0) + 1
        recent.move_to_end(page)


threads = [threading.Thread(target=visit, args=(p,)) for p in ("home", "about", "home")]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.extend(list(recent))
log.append(recent["home"])
print(log)  # ordered
