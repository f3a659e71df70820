# Known bug: the worker clears the Event after the main thread set it, so its wait(timeout) misses it.
import threading
import time

go = threading.Event()
started = 0
timed_out = 0


def worker():
    global started, timed_out
    time.sleep(0.02)
    go.clear()
    if go.wait(timeout=0.05):
        started = 1
    else:
        timed_out = 1


def main():
    t = threading.Thread(target=worker)
    t.start()
    go.set()
    t.join()
    print(f"started={started} timed_out={timed_out}")


if __name__ == "__main__":
    main()
