import threading
state = {"value": 0, "errors": 0}
lock = threading.Lock()
def risky(n):
    try:
        with lock:
            state["value"] += n
            if n == 2:
                raise ValueError("two")
    except ValueError:
        with lock:
            state["errors"] += 1
    finally:
        with lock:
            state["value"] *= 2
ts = [threading.Thread(target=risky, args=(n,)) for n in (1, 2)]
for t in ts: t.start()
for t in ts: t.join()
print(state)
