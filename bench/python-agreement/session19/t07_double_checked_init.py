# BUG: double-checked init without the second check inside the lock: the config is loaded twice
import threading

_config = None
_config_lock = threading.Lock()
load_count = 0


def load_config():
    global load_count
    load_count += 1
    return {"db": "postgres", "pool": "5"}


def get_config():
    global _config
    if _config is None:
        with _config_lock:
            _config = load_config()
    return _config


seen = []


def service(name):
    cfg = get_config()
    seen.append(f"{name}:{cfg['db']}")


if __name__ == "__main__":
    threads = [threading.Thread(target=service, args=(n,)) for n in ("api", "worker", "cron")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert load_count == 1, f"config loaded {load_count} times"
