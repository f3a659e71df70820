import threading

log = []


def parse(text):
    return int(text)


def worker(text):
    try:
        print("value %d" % parse(text))
        log.append("printed")
    except ValueError:
        log.append("bad")


threads = [threading.Thread(target=worker, args=(t,)) for t in ("1", "one")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
