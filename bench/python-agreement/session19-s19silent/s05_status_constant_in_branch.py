import threading

items = []
status = ""


def check():
    global status
    state = "pending"
    if items:
        state = "done"
    status = state


def give():
    items.append(1)


if __name__ == "__main__":
    t = threading.Thread(target=check)
    u = threading.Thread(target=give)
    u.start()
    t.start()
    t.join()
    u.join()
