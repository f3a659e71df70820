# A raise in a function called inside `with sem:` inside a try: the semaphore is released once.
import threading

sem = threading.BoundedSemaphore(2)
results = []
failures = 0
holders = 0
peak = 0


def parse(text):
    if not text.isdigit():
        raise ValueError(text)
    return int(text)


def handle(text):
    global failures, holders, peak
    try:
        with sem:
            holders += 1
            peak = max(peak, holders)
            try:
                results.append(parse(text))
            finally:
                holders -= 1
    except ValueError:
        failures += 1


threads = [threading.Thread(target=handle, args=(t,)) for t in ("1", "x", "3")]
for t in threads:
    t.start()
for t in threads:
    t.join()
results.sort()
print(results, failures, peak)
