import threading
import time

alive_early = -1
alive_late = -1


def slow() -> None:
    time.sleep(0.05)


t = threading.Thread(target=slow)
t.start()
t.join(0.01)
alive_early = int(t.is_alive())
t.join()
alive_late = int(t.is_alive())
print(alive_early, alive_late)
assert alive_early == 1 and alive_late == 0
