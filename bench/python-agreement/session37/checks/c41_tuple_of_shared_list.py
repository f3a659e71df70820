import threading

events = []
log = []


def add(name):
    events.append(name)


threads = [threading.Thread(target=add, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
snapshot = tuple(events)
for t in threads:
    t.join()
final = tuple(events)
log.append(len(snapshot) <= 2)
log.append(final in (("a", "b"), ("b", "a")))
log.append(final[0])
print(log)  # ordered
