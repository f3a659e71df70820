import threading

log = []


def action():
    log.append("action")


barrier = threading.Barrier(2, action=action)


def party(name):
    log.append(name)
    barrier.wait()
    log.append(name + " after")


threads = [threading.Thread(target=party, args=(n,)) for n in ["a", "b"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
