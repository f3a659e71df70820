import threading

RETRYABLE = {429, 503}
out: dict[str, int] = {}
lock = threading.Lock()


def handle(code: int, method: str) -> None:
    with lock:
        out["retry"] = int(code in RETRYABLE)


t = threading.Thread(target=handle, args=(503, "POST"))
t.start()
t.join()
n = len(out)
