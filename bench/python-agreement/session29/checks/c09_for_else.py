import threading

found = -1
scanned = 0


def search(items, target):
    global found, scanned
    for idx, item in enumerate(items):
        scanned += 1
        if item == target:
            found = idx
            break
    else:
        found = -2


t = threading.Thread(target=search, args=([4, 8, 15], 16))
t.start()
t.join()
print(found, scanned)
