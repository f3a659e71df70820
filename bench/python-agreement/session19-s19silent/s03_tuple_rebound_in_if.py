import threading

items = []
first = ""
count = 0


def take():
    global first, count
    pair = ("none", 0)
    if items:
        pair = items.pop()
    first, count = pair


def give():
    items.append(("job", 3))


if __name__ == "__main__":
    t = threading.Thread(target=take)
    u = threading.Thread(target=give)
    t.start()
    u.start()
    t.join()
    u.join()
