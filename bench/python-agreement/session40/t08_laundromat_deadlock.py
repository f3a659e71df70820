# Laundromat: one customer takes washer then dryer, the other dryer then washer. Bug: deadlock (lock-order inversion); daemon threads and join timeouts let the program end.
import threading
import time

washer = threading.Lock()
dryer = threading.Lock()
loads_done = []


def customer_a():
    with washer:
        time.sleep(0.01)
        with dryer:
            loads_done.append("a")


def customer_b():
    with dryer:
        time.sleep(0.01)
        with washer:
            loads_done.append("b")


ta = threading.Thread(target=customer_a, daemon=True)
tb = threading.Thread(target=customer_b, daemon=True)
ta.start()
tb.start()
ta.join(timeout=0.3)
tb.join(timeout=0.3)

stuck = sum(1 for t in (ta, tb) if t.is_alive())
print(f"loads_done={sorted(loads_done)} stuck={stuck}")
