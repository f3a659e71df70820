"""print("parsed", parse(text)) in a thread's try: the ValueError of parse's return is lost (r09)."""
import threading

log = []


def parse(text):
    return int(text)


def worker(text):
    try:
        print("parsed", parse(text))
        log.append("ok:" + text)
    except ValueError:
        log.append("bad:" + text)


threads = [threading.Thread(target=worker, args=(t,)) for t in ("1", "x")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
