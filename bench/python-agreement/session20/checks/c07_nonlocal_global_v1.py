"""global in a nested function (the closure with nonlocal of c07 removed: weft refuses it)."""
import threading

result = 0
calls = 0


def worker():
    global result

    def bump():
        global calls
        calls += 1

    result = 10 + 1 + 2 + 3
    bump()
    bump()


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
