# Known bug: the lazy singleton is created more than once (instances_created > 1) without double-checked locking
import threading
import time

_instance = None
instances_created = 0


class Config:
    def __init__(self):
        global instances_created
        instances_created += 1
        self.values = {"retries": 3}


def get_config():
    global _instance
    if _instance is None:
        time.sleep(0.001)  # loading config from disk
        _instance = Config()
    return _instance


def worker():
    cfg = get_config()
    assert cfg.values["retries"] == 3


def main():
    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"instances created: {instances_created}")


if __name__ == "__main__":
    main()
