import threading

winner = None
lock = threading.Lock()


def race(name):
    global winner
    with lock:
        if winner is None:
            winner = name


threads = [threading.Thread(target=race, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
