import threading
import time

fired: list[str] = []


def fire(name: str) -> None:
    fired.append(name)


keep = threading.Timer(0.01, fire, args=("keep",))
drop = threading.Timer(0.05, fire, args=("drop",))
keep.start()
drop.start()
time.sleep(0.02)
drop.cancel()
keep.join()
drop.join()
count = len(fired)
print(fired)
