import threading

d = {}
caught = 0

def worker():
    global caught
    try:
        v = d["missing"]
    except LookupError:
        caught = 1

t = threading.Thread(target=worker)
t.start()
t.join()
