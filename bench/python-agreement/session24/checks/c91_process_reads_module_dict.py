"""A module-level dict read by a Process's function as a global."""
import multiprocessing

CONFIG = {"workers": 4}


def report(results):
    results.put(CONFIG["workers"] * 10)


if __name__ == "__main__":
    results = multiprocessing.Queue()
    p = multiprocessing.Process(target=report, args=(results,))
    p.start()
    value = results.get()
    p.join()
    print(value)
