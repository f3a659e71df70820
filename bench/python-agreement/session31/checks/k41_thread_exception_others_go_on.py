# one thread raises (uncaught); the others go on and the main thread still joins them all
import threading

done = []


def ok(name):
    done.append(name)


def bad():
    raise ValueError("worker failed")


ts = [threading.Thread(target=ok, args=("a",)), threading.Thread(target=bad), threading.Thread(target=ok, args=("b",))]
for t in ts:
    t.start()
for t in ts:
    t.join()
count = len(done)
print(count)
