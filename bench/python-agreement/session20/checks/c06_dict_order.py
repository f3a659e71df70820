"""Dict iteration order after deletes and re-inserts."""
import threading

registry = {}
order = []
lock = threading.Lock()


def build():
    with lock:
        registry["x"] = 1
        registry["y"] = 2
        registry["z"] = 3
        del registry["x"]
        registry["w"] = 4
        registry["x"] = 5
        registry["y"] = 20


if __name__ == "__main__":
    t = threading.Thread(target=build)
    t.start()
    t.join()
    for key in registry:
        order.append(key)
