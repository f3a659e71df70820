# BUG: two lists are appended under two different locks, so the workers can reach them in different
# orders: `sent == received` (two lists filled at run time, compared whole) is then False.
# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): same=True sent=[1, 2] (10 of 10); weft explore: 4 outcomes, complete, same=False among them.
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
