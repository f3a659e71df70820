"""A module-level dict handed to a Process in args= and read there."""
import multiprocessing

CONFIG = {"workers": 4}


def report(config, results):
    results.put(config["workers"] * 10)


if __name__ == "__main__":
    results = multiprocessing.Queue()
    p = multiprocessing.Process(target=report, args=(CONFIG, results))
    p.start()
    value = results.get()
    p.join()
    print(value)
