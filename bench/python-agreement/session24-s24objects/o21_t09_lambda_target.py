# BUG: check-then-act — two threads both see the cache empty and both build the expensive object
import threading
import time

_instance = None
created = []


def expensive_config():
    created.append(threading.current_thread().name)
    time.sleep(0.002)
    return {"db": "postgres://localhost", "pool": 4}


def get_config():
    global _instance
    if _instance is None:
        _instance = expensive_config()
    return _instance


def main():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(get_config()["pool"]), name=f"T{i}")
               for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("seen", seen)
    assert len(created) == 1, f"config built {len(created)} times"


main()
