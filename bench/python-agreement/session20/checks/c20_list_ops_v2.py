"""List operations: negative index, slicing, insert, pop(0), reverse, index, count."""
import threading

items = [5, 3, 8]
snapshot = []
lock = threading.Lock()


def edit():
    with lock:
        items.append(9)
        first = items.pop(0)
        snapshot.append(first)
        snapshot.append(items[-1])
        snapshot.append(items.index(8))
        snapshot.append(items.count(3))
        snapshot.extend(items[1:3])


if __name__ == "__main__":
    t = threading.Thread(target=edit)
    t.start()
    t.join()
