# An uncaught exception in one thread does not stop the others (CPython prints it and goes on).
import threading

done = []


def bad():
    raise RuntimeError("boom")


def good():
    done.append(1)


threads = [threading.Thread(target=bad), threading.Thread(target=good)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(done)
