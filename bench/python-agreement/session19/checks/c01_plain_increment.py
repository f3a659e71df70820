"""`counter += 1` on a global with no call between the read and the write: CPython 3.11 switches threads
only at calls and backward jumps, so no increment is lost (a spurious-failure check)."""
import threading

counter = 0


def work():
    global counter
    counter += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert counter == 2, f"lost an update: {counter}"
