import threading

hits = 0
lock = threading.Lock()


def check(text: str, value) -> None:
    global hits
    if bool(text):
        with lock:
            hits += 1
    if bool(value):
        with lock:
            hits += 10
    ok = bool(text) or bool(value)
    if ok:
        with lock:
            hits += 100


t = threading.Thread(target=check, args=("", None))
t.start()
t.join()
