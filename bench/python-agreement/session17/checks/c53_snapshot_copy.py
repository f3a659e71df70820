# no bug: list(items) is a copy: appends made after the snapshot do not show in it
import threading

items = [1, 2]
snapshot = list(items)


def add():
    items.append(3)


t = threading.Thread(target=add)
t.start()
t.join()
snapshot_len = len(snapshot)
items_len = len(items)
print(snapshot_len, items_len)
