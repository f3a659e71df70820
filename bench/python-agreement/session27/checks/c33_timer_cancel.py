"""threading.Timer: one fires, one is cancelled before its time."""
import threading
import time

fired: list[str] = []


def fire(name: str) -> None:
    fired.append(name)


fast = threading.Timer(0.01, fire, args=("fast",))
slow = threading.Timer(0.05, fire, args=("slow",))
fast.start()
slow.start()
time.sleep(0.02)
slow.cancel()
fast.join()
slow.join()
print(fired)
