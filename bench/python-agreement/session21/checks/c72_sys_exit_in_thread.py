# sys.exit() in a thread ends that thread quietly; the program goes on
import sys
import threading

after = 0
reached = 0


def worker():
    global reached
    sys.exit(3)
    reached = 1


t = threading.Thread(target=worker)
t.start()
t.join()
after = 1
print(after, reached)
