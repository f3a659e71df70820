# bug: reset() forgot `global`, so it binds a local and the shared counter is never reset
import threading

counter = 0
lock = threading.Lock()


def bump():
    global counter
    with lock:
        counter += 1


def reset():
    with lock:
        counter = 0


for target in (bump, bump, reset):
    t = threading.Thread(target=target)
    t.start()
    t.join()
print(counter)
assert counter == 0, "reset did not reset"
