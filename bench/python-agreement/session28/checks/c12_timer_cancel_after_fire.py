import threading
import time

fired = 0


def ping() -> None:
    global fired
    fired += 1


timer = threading.Timer(0.01, ping)
timer.start()
time.sleep(0.05)
timer.cancel()  # too late: it already fired
timer.join()
early = threading.Timer(0.05, ping)
early.start()
early.cancel()
early.join()
print(f"fired={fired}")
assert fired == 1
