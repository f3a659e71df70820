# with contextlib.nullcontext(): or a lock, chosen by a flag.
import contextlib
import threading

lock = threading.Lock()
counter = 0


def bump(safe):
    global counter
    guard = lock if safe else contextlib.nullcontext()
    with guard:
        value = counter
        counter = value + 1


ts = [threading.Thread(target=bump, args=(True,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
