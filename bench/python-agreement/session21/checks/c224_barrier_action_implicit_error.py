# a Barrier action failing implicitly: the thread that ran it gets the error, the barrier breaks for the other
import threading

log = []
lock = threading.Lock()
items = []


def action():
    items.append(items[5])


barrier = threading.Barrier(2, action=action)


def party(name):
    try:
        barrier.wait()
        outcome = "passed"
    except threading.BrokenBarrierError:
        outcome = "broken"
    except IndexError:
        outcome = "index error"
    with lock:
        log.append(outcome)


threads = [threading.Thread(target=party, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
