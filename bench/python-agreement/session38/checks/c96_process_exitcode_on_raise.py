# A Process whose target raises ends with exitcode 1; the parent goes on.
import multiprocessing

log = []


def fail():
    raise RuntimeError("boom")


def fine():
    pass


if __name__ == "__main__":
    bad = multiprocessing.Process(target=fail)
    good = multiprocessing.Process(target=fine)
    bad.start()
    good.start()
    bad.join()
    good.join()
    log.append(bad.exitcode)
    log.append(good.exitcode)
    print(log)
