# d.copy() of a dict a thread deletes from and puts back: the copy sees the key in its old place or
# last (a deleted key put back goes last in insertion order), or missing, never twice.
import threading

table = {1: 1, 2: 2, 3: 3}


def shuffle():
    value = table.pop(1)
    table[1] = value + 10


t = threading.Thread(target=shuffle)
t.start()
copy = table.copy()
order = list(copy)
t.join()
print(order, table)
