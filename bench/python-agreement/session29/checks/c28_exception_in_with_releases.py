import threading

lock = threading.Lock()
errors = 0
after = 0


def failing():
    global errors
    try:
        with lock:
            raise ValueError("inside")
    except ValueError:
        errors += 1


def follower():
    global after
    with lock:
        after += 1


a = threading.Thread(target=failing)
a.start()
a.join()
b = threading.Thread(target=follower)
b.start()
b.join()
print(errors, after)
