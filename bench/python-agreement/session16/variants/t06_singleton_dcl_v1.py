# no bug: double-checked locking creates the config object exactly once
# variant: the lazily made Config instance is now a lazily loaded number (weft: "class attributes are
# not supported", then "an instance made inside an `if` ... cannot be followed at import time")
import threading
import time

instances_created = 0
_retries = None
_lock = threading.Lock()


def load_config():
    global instances_created
    time.sleep(0.002)  # read the config file
    instances_created += 1
    return 3


def get_retries():
    global _retries
    if _retries is None:
        with _lock:
            if _retries is None:
                _retries = load_config()
    return _retries


retries_seen = []


def handler():
    retries = get_retries()
    retries_seen.append(retries)


threads = [threading.Thread(target=handler) for _ in range(3)]
[t.start() for t in threads]
[t.join() for t in threads]
print(f"instances={instances_created} seen={retries_seen}")
assert instances_created == 1
