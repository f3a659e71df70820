# A copy taken with list(...) does not see later appends.
import threading

items = [1]
snap_len = 0


def work():
    global snap_len
    snapshot = list(items)
    items.append(2)
    snap_len = len(snapshot)


t = threading.Thread(target=work)
t.start()
t.join()
print(snap_len, len(items))
