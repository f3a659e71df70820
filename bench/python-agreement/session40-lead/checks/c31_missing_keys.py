# Lookups of a catalog in threads; missing keys are recorded by the exception's class name. No bug.
import threading

catalog = {"pen": 2, "ink": 5}
found = []
failed = []
lock = threading.Lock()


def lookup(item):
    try:
        price = catalog[item]
    except Exception as e:
        with lock:
            failed.append(f"{item}:{type(e).__name__}")
        return
    with lock:
        found.append(price * 10)


threads = [threading.Thread(target=lookup, args=(i,)) for i in ("pen", "cap", "ink")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(found), failed)
