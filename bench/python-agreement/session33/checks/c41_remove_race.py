import threading
import time

waiting = ["ann", "bob"]
served = []
errors = []


def serve(name):
    if name in waiting:
        time.sleep(0)
        try:
            waiting.remove(name)
            served.append(name)
        except ValueError:
            errors.append(name)


threads = [threading.Thread(target=serve, args=("ann",)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(waiting, served, errors)
