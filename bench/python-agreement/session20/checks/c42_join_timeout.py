"""Thread.join(timeout) returns while the thread still runs; is_alive tells."""
import threading
import time

stage = 0
alive_after_short_join = -1


def slow():
    global stage
    stage = 1
    time.sleep(0.05)
    stage = 2


if __name__ == "__main__":
    t = threading.Thread(target=slow)
    t.start()
    t.join(timeout=0.005)
    alive_after_short_join = 1 if t.is_alive() else 0
    stage_mid = stage
    t.join()
