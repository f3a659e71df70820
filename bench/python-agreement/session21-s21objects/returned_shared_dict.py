# no bug: get_config() returns the shared dict itself; each worker writes its key through the returned name
import threading

_config = {}
lock = threading.Lock()


def get_config():
    with lock:
        if not _config:
            _config["region"] = "eu"
    return _config


def worker(name):
    cfg = get_config()
    cfg[name] = 1


threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(_config))
assert len(_config) == 3
