import threading
import time

counts = {"x": 1, "y": 2}
errors = 0
walked = 0


def walker():
    global errors, walked
    try:
        for key in counts:
            walked += 1
            time.sleep(0.002)
    except RuntimeError:
        errors += 1


def grower():
    time.sleep(0.001)
    counts["z"] = 3


threads = [threading.Thread(target=walker), threading.Thread(target=grower)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors, walked)
