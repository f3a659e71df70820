# check: for/else and while/else run the else branch only when the loop did not break
import threading

items = [3, 5, 8]
found_even = 0
scanned = 0
lock = threading.Lock()


def scan():
    global found_even, scanned
    for x in items:
        with lock:
            scanned += 1
        if x % 2 == 0:
            found_even = x
            break
    else:
        found_even = -1


t = threading.Thread(target=scan)
t.start()
t.join()
print(found_even, scanned)
