import threading

found = -1

def search(target):
    global found
    i = 0
    while i < 10:
        if i * i == target:
            found = i
            break
        i += 1
    else:
        found = -2

ts = [threading.Thread(target=search, args=(49,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
