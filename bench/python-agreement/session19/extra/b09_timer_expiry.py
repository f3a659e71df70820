"""A cache entry expires via threading.Timer; a reader after the expiry sees a miss."""
import threading
import time

cache = {"token": 1}
hits = 0
misses = 0


def expire():
    del cache["token"]


def read():
    global hits, misses
    if "token" in cache:
        hits += 1
    else:
        misses += 1


if __name__ == "__main__":
    timer = threading.Timer(0.02, expire)
    timer.start()
    read()
    time.sleep(0.05)
    read()
    timer.join()
