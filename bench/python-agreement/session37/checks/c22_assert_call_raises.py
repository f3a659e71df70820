import threading

log = []


def valid(text):
    return len(text) > 0 and int(text) >= 0


def worker(text):
    try:
        assert valid(text), "negative"
        log.append("ok")
    except AssertionError:
        log.append("assert")
    except ValueError:
        log.append("value")


threads = [threading.Thread(target=worker, args=(t,)) for t in ("5", "-3", "q")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
