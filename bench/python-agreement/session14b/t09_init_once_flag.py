# Known bug: lock-free "check then set" of an initialized flag; two threads can both run the initialization (init_calls == 2).
import threading

initialized = False
init_calls = 0
config = {}


def load_config():
    global init_calls
    init_calls += 1
    config["retries"] = 3


def get_config():
    global initialized
    if not initialized:
        load_config()
        initialized = True
    return config["retries"]


def worker():
    get_config()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("init_calls =", init_calls, "config =", config)
