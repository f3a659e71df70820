# BUG: self-deadlock (modelled on SCTBench phase01): `reload` holds the non-reentrant settings lock and
# calls `validate`, which takes the same lock again. With a timeout on the inner acquire the program
# reports the stuck reload instead of hanging for ever.
import threading

settings = {"theme": "dark", "font": 12}
lock = threading.Lock()
stuck = []
applied = []


def validate(name, new):
    if not lock.acquire(timeout=0.2):
        stuck.append(name)
        return False
    try:
        return all(key in settings for key in new)
    finally:
        lock.release()


def reload(name, new):
    with lock:
        if validate(name, new):
            settings["font"] = new["font"]
            applied.append(name)


def reader(name):
    with lock:
        applied.append(f"{name}:{settings['font']}")


t1 = threading.Thread(target=reload, args=("admin", {"font": 14}))
t2 = threading.Thread(target=reader, args=("viewer",))
t1.start()
t2.start()
t1.join()
t2.join()

print(f"settings={settings} stuck={stuck} applied={sorted(applied)}")
