# Wrong words: `threading.Thread(target=worker())` is refused with "`worker` returns nothing weft can compute".
# The program's mistake is that worker() is called at once in the main thread (the Thread gets target=None,
# and runs nothing); worker returns None, which weft computes elsewhere. CPython prints
# ['worker ok=False', 'main set'] (the main thread itself waits 20 ms on the Event before setting it).
# Command: /work/notes/s41/weft-start import w10_target_called_returns_nothing.py
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
