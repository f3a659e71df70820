import threading

items = []
results = []


def take(tag="none"):
    if items:
        tag = items.pop()
    results.append(tag)


def give():
    items.append("job")


if __name__ == "__main__":
    t = threading.Thread(target=take)
    u = threading.Thread(target=give)
    t.start()
    u.start()
    t.join()
    u.join()
