# check: target=f() runs f in the main thread at once (the thread gets target None)
import threading

order = []
go = threading.Event()


def worker():
    ok = go.wait(timeout=0.02)
    order.append(f"worker ok={ok}")


t = threading.Thread(target=worker())
t.start()
go.set()
order.append("main set")
t.join()
print(order)
