# BUG: lost wake-up: the loader may notify before the waiter waits, and the waiter checks no flag
import threading
import time

cond = threading.Condition()
settings: dict[str, str] = {}
woke = []


def loader() -> None:
    settings["region"] = "eu-west-1"
    with cond:
        cond.notify()


def waiter() -> None:
    time.sleep(0.001)  # set up logging first
    with cond:
        notified = cond.wait(timeout=0.2)
    woke.append(notified)


w = threading.Thread(target=waiter)
ld = threading.Thread(target=loader)
w.start()
ld.start()
w.join()
ld.join()
print("woke", woke, "settings", settings)
assert woke == [True], "the waiter missed the loader's signal"
