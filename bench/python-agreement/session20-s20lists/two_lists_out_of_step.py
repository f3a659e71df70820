# BUG: two lists are appended under two different locks, so the workers can reach them in different
# orders: `sent == received` (two lists filled at run time, compared whole) is then False.
import threading

sent = []
received = []
send_lock = threading.Lock()
receive_lock = threading.Lock()


def transfer(n):
    with send_lock:
        sent.append(n)
    with receive_lock:
        received.append(n)


threads = [threading.Thread(target=transfer, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
same = sent == received
