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
        middle = items[1:3]
        snapshot.append(middle[0])
        snapshot.append(middle[1])


if __name__ == "__main__":
    t = threading.Thread(target=edit)
    t.start()
    t.join()
