import threading

cond = threading.Condition()
woke = 0


def waiter() -> None:
    global woke
    cond.wait(timeout=0.01)  # RuntimeError: cannot wait on un-acquired lock
    woke = 1


t = threading.Thread(target=waiter)
t.start()
t.join()
print(f"woke={woke}")
