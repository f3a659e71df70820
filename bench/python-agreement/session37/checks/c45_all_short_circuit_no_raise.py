import threading

log = []


def check(items):
    try:
        ok = all(int(x) > 0 for x in items)
        log.append(ok)
    except ValueError:
        log.append("raised")


threads = [threading.Thread(target=check, args=(it,)) for it in (["1", "-2", "x"], ["3", "x"])]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
