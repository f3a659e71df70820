# check: a module-level set display that threads add to, then membership and size
import threading

seen = {"start"}
lock = threading.Lock()


def visit(page):
    with lock:
        seen.add(page)


threads = [threading.Thread(target=visit, args=(p,)) for p in ("home", "about", "home")]
for t in threads:
    t.start()
for t in threads:
    t.join()
size = len(seen)
print(size)
