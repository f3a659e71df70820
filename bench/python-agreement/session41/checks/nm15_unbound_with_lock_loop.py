# check: a local bound in a loop body inside `with lock:` over an empty shared list, read after (UnboundLocalError)
import threading

lock = threading.Lock()
orders = []
out = []


def newest():
    with lock:
        for o in orders:
            latest = o
    out.append(latest)


t = threading.Thread(target=newest)
t.start()
t.join()
print(out)
