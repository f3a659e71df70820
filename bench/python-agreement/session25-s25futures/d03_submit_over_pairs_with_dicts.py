"""Jobs over a module list of (name, dict) pairs, unpacked in the comprehension."""
from concurrent.futures import ThreadPoolExecutor

configs = [("a", {"retries": 2}), ("b", {"retries": 0})]
attempts = 0


def connect(name, config):
    global attempts
    attempts += config["retries"] + 1
    return name + str(config["retries"])


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(connect, name, cfg) for name, cfg in configs]
    labels = [f.result() for f in futures]
print(labels, attempts)
