import threading

cond = threading.Condition()
ready = 0


def signal() -> None:
    global ready
    ready = 1
    cond.notify()  # RuntimeError: cannot notify on un-acquired lock


t = threading.Thread(target=signal)
t.start()
t.join()
print(f"ready={ready}")
