"""Two globals swapped by display unpacking while another thread appends to one of them by name."""
import threading

front = [1]
back = [2]


def swapper():
    global front, back
    front, back = back, front


def writer():
    front.append(9)


threads = [threading.Thread(target=swapper), threading.Thread(target=writer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(front, back)
