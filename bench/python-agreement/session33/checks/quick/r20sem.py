import threading

lock = threading.Semaphore(1)
inside = 0
peak = 0


def parse(text):
    global inside, peak
    with lock:
        inside += 1
        peak = max(peak, inside)
        try:
            if not text.isdigit():
                raise ValueError(text)
            value = int(text)
        except ValueError:
            value = 0
        inside -= 1
    return value


results = []


def worker(text):
    results.append(parse(text))


threads = [threading.Thread(target=worker, args=(t,)) for t in ("x", "7")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak", peak, sorted(results))
