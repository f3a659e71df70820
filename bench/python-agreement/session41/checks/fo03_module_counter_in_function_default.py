# check: a module counter incremented by a helper called at import and from a thread
import threading

count = 0


def bump():
    global count
    count += 1
    return count


first = bump()
second = bump()
t = threading.Thread(target=bump)
t.start()
t.join()
print(first, second, count)
