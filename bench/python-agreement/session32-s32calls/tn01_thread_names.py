# Thread names: one thread named by `name=`, two named by CPython (`Thread-N (target)`, N counting the
# threads made without a name); the main thread keeps the names of the threads still alive after a
# timed join
import threading
import time

release = threading.Event()


def slow():
    release.wait()


def quick():
    time.sleep(0.001)


threads = [
    threading.Thread(target=slow),
    threading.Thread(target=quick, name="quick-one"),
    threading.Thread(target=quick),
]
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=0.05)
alive = [t.name for t in threads if t.is_alive()]
release.set()
for t in threads:
    t.join()
first = threads[0].name
print("alive:", alive, "first:", first, "named:", threads[1].name)
