"""A dropped call whose `return` is int() of a module dict's text."""
import threading

CONFIG = {"port": "80x"}
caught = []
done = []


def port():
    return int(CONFIG["port"])


def worker():
    try:
        port()
        done.append(1)
    except ValueError:
        caught.append(1)


w = threading.Thread(target=worker)
w.start()
w.join()
print(caught, done)
