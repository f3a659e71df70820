# x = items.sort() is None; the list is sorted in place.
import threading

items = [3, 1, 2]
result = 0


def work():
    global result
    result = items.sort()


t = threading.Thread(target=work)
t.start()
t.join()
print(result, items)
