# x = y = [] binds both names to one list
import threading

left = right = []


def worker():
    left.append("L")


t = threading.Thread(target=worker)
t.start()
t.join()
right_size = len(right)
print(right_size)
