import threading

flags: list[bool] = []
lock = threading.Lock()


def check(text: str) -> None:
    with lock:
        flags.append(bool(text))


t = threading.Thread(target=check, args=("",))
t.start()
t.join()
print(flags)
