# Known bug: a daemon logger thread may still hold unflushed lines at exit: written < 5 is possible.
import queue
import threading
import time

log_queue = queue.Queue()
written = 0


def logger():
    global written
    while True:
        line = log_queue.get()
        time.sleep(0.005)
        written += 1


def main():
    threading.Thread(target=logger, daemon=True).start()
    for i in range(5):
        log_queue.put(i)
    time.sleep(0.012)
    print(f"written before exit: {written}")


if __name__ == "__main__":
    main()
