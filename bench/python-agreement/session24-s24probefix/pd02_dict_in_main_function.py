"""A dict made in a main() function and handed to a Process: the child's copy."""
import multiprocessing


def report(settings, results):
    settings["level"] = settings["level"] + 1
    results.put(settings["level"])


def main():
    settings = {"level": 3}
    results = multiprocessing.Queue()
    p = multiprocessing.Process(target=report, args=(settings, results))
    p.start()
    child_level = results.get()
    p.join()
    print(child_level, settings["level"])
    return child_level


if __name__ == "__main__":
    main()
