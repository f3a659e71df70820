import threading

present: dict[str, int] = {}
lock = threading.Lock()


def record(name: str, value) -> None:
    with lock:
        present[name] = int(bool(value))


threads = [threading.Thread(target=record, args=(n, v)) for n, v in [("missing", None), ("given", 4)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
missing = present["missing"]
given = present["given"]
print(missing, given)
