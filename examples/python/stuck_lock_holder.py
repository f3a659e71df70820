"""A thread that never gives its lock back (the nearest Python has to a killed lock holder).

Python has no call that kills a thread, so weft import never makes a `kill:` step (the scenario
scenarios/kill-lock-holder.yaml shows one). What Python can do is just as stuck: a daemon takes the lock
and never returns. The main thread gives up waiting after a time-out instead of hanging.
"""
import threading
import time

lock = threading.Lock()
holding = threading.Event()
gave_up = 0


def holder():
    with lock:
        holding.set()
        while True:
            time.sleep(0.05)


def main():
    global gave_up
    threading.Thread(target=holder, daemon=True).start()
    holding.wait()
    if not lock.acquire(timeout=0.1):
        gave_up = 1
    print("gave up waiting for the lock:", gave_up)


if __name__ == "__main__":
    main()
