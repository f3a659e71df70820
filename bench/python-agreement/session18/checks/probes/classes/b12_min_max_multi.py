import threading

best = {"lo": 0, "hi": 0}

def scan(a, b, c):
    best["lo"] = min(a, b, c)
    best["hi"] = max(a, b, c)

t = threading.Thread(target=scan, args=(4, -2, 9))
t.start()
t.join()
