import threading

rlock = threading.RLock()
errors = 0
released_plain = 0
plain = threading.Lock()


def other() -> None:
    global errors, released_plain
    try:
        rlock.release()
    except RuntimeError:
        errors += 1
    plain.release()  # a plain Lock may be released by any thread
    released_plain = 1


rlock.acquire()
plain.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
rlock.release()
print(errors, released_plain)
assert errors == 1 and released_plain == 1
