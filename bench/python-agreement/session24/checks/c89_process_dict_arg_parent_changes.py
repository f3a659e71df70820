"""The parent changes a dict after handing it to a started Process: the child's copy keeps the old value."""
import multiprocessing
import time


def report(config, results):
    time.sleep(0.05)
    results.put(config["workers"])


if __name__ == "__main__":
    config = {"workers": 4}
    results = multiprocessing.Queue()
    p = multiprocessing.Process(target=report, args=(config, results))
    p.start()
    config["workers"] = 8
    value = results.get()
    p.join()
    print(value, config["workers"])
