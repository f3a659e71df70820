# Known bug: the cleaner removes the oldest job while the scheduler adds one, so `first` depends on timing.
import threading

jobs = {3: "c", 5: "e"}
first = 0
last = 0


def scheduler():
    jobs[1] = "a"


def cleaner():
    del jobs[3]


def main():
    global first, last
    s = threading.Thread(target=scheduler)
    c = threading.Thread(target=cleaner)
    s.start()
    c.start()
    first = min(jobs)
    last = max(jobs.keys())
    s.join()
    c.join()
    assert first == 1, first


if __name__ == "__main__":
    main()
