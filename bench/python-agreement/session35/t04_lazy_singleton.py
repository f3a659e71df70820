# BUG: lazy singleton without a lock: two threads can both see None and build two configs
import threading
import time


class Config:
    instances = 0

    def __init__(self):
        Config.instances += 1
        self.values = {"region": "eu", "retries": 3}


_config = None


def get_config():
    global _config
    if _config is None:
        time.sleep(0.0005)  # reading the config file
        _config = Config()
    return _config


seen = []


def service(name):
    cfg = get_config()
    seen.append((name, id(cfg)))


threads = [threading.Thread(target=service, args=(f"svc{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("instances built:", Config.instances)
print("distinct configs seen:", len({ident for _, ident in seen}))
print("retries:", get_config().values["retries"])
