"""A dict handed to a Process that only reads it: the child sends back a value computed from its copy."""
import multiprocessing


def report(config, results):
    results.put(config["workers"] * 10)


if __name__ == "__main__":
    config = {"workers": 4}
    results = multiprocessing.Queue()
    p = multiprocessing.Process(target=report, args=(config, results))
    p.start()
    value = results.get()
    p.join()
    print(value)
