# BUG: check-then-act: each visitor counts its own entries in the shared log, then appends, without a lock, so a name can pass its limit of 2
import threading
import time

log = ["ann"]
LIMIT = 2


def visit(name):
    if log.count(name) < LIMIT:
        time.sleep(0.001)  # render the page
        log.append(name)


threads = [threading.Thread(target=visit, args=(n,)) for n in ["ann", "ann", "bob"]]
for t in threads:
    t.start()
for t in threads:
    t.join()

first_bob = log.index("bob")
anns = log.count("ann")
print("log:", log, "ann:", anns, "first bob at:", first_bob, "over limit:", anns > LIMIT)
