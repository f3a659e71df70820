import threading

retried: list[int] = []
lock = threading.Lock()


def handle(code: int) -> None:
    if code in {429, 503}:
        with lock:
            retried.append(code)


threads = [threading.Thread(target=handle, args=(c,)) for c in (200, 503)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(retried)
print(count)
