import threading

items = [1, 2]
snapshot_len = 0
live_len = 0


def grow():
    items.append(3)


snap = items[:]
t = threading.Thread(target=grow)
t.start()
t.join()
snapshot_len = len(snap)
live_len = len(items)
print(snapshot_len, live_len)
