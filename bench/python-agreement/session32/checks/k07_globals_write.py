# globals()["counter"] = ... from a thread.
import threading

counter = 0


def bump():
    globals()["counter"] = counter + 1


ts = [threading.Thread(target=bump) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter)
