# the new thread's first line writes a flag; the starter reads it right after start()
import threading

flag = 0
seen = -1


def worker():
    global flag
    flag = 1


t = threading.Thread(target=worker)
t.start()
seen = flag
t.join()
print(seen)
