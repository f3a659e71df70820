import threading

items = []
picked = []


def pick():
    choice = "none"
    if items:
        choice = items.pop()
    return choice


def worker():
    picked.append(pick())


def give():
    items.append("job")


if __name__ == "__main__":
    w = threading.Thread(target=worker)
    g = threading.Thread(target=give)
    w.start()
    g.start()
    w.join()
    g.join()
