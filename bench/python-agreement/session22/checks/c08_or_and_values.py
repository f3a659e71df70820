import threading

picked = []
name = ""
count = 0


def worker():
    picked.append(name or "anonymous")
    picked.append(count or 7)
    picked.append(count and 9)
    picked.append(5 and "five")
    picked.append(None or 0)


t = threading.Thread(target=worker)
t.start()
t.join()
print(picked)
