import threading

n = 0
seen = -1


def bump():
    global n
    n += 1


t = threading.Thread(target=bump, daemon=True)
t.start()
seen = n
print(seen)
