import threading

accepted: list[str] = []
lock = threading.Lock()


def handle(status: str) -> None:
    if status in {"ok": 200, "created": 201}:
        with lock:
            accepted.append(status)


threads = [threading.Thread(target=handle, args=(s,)) for s in ("ok", "error")]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(accepted)
print(count)
