import threading

filled = 0
lock = threading.Lock()


def count_filled(first: str, second: str) -> None:
    global filled
    with lock:
        filled = sum([bool(first), bool(second)])


t = threading.Thread(target=count_filled, args=("ann", "bob"))
t.start()
t.join()
print(filled)
