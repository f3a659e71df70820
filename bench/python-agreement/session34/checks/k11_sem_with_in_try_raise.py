# A BoundedSemaphore's `with` inside a `try` whose body raises: it must be released exactly once.
import threading

sem = threading.BoundedSemaphore(1)
log = []
peak = 0
inside = 0


def work(bad):
    global peak, inside
    try:
        with sem:
            inside += 1
            peak = max(peak, inside)
            if bad:
                inside -= 1
                raise ValueError("bad")
            inside -= 1
        log.append("ok")
    except ValueError:
        log.append("failed")


threads = [threading.Thread(target=work, args=(b,)) for b in (True, False, True)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.sort()
print(log, peak)
