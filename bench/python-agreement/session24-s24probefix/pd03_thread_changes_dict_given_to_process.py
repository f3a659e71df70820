"""A thread of the main process changes a dict also handed to a Process: the copy's start is a race."""
import multiprocessing
import threading


def report(config, results):
    results.put(config["size"])


def grow(config):
    config["size"] = 9


if __name__ == "__main__":
    config = {"size": 1}
    results = multiprocessing.Queue()
    t = threading.Thread(target=grow, args=(config,))
    p = multiprocessing.Process(target=report, args=(config, results))
    t.start()
    p.start()
    value = results.get()
    p.join()
    t.join()
    print(value, config["size"])
