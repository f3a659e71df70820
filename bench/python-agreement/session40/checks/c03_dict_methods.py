# Check: dict.get default, setdefault, pop with default, update, in. Bug: none.
import threading

stock = {"a": 1, "b": 2}
lock = threading.Lock()
got = 0
popped = 0
missing = 0


def worker():
    global got, popped, missing
    with lock:
        got = stock.get("z", 7) + stock.get("a", 100)
        stock.setdefault("c", 5)
        stock.setdefault("a", 50)
        popped = stock.pop("b", -1) + stock.pop("q", -10)
        stock.update({"d": 4})
        missing = int("b" in stock) * 10 + int("d" in stock)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"got={got} popped={popped} missing={missing} stock={stock}")
