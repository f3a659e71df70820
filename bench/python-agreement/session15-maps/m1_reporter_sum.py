# Known bug: the reporter sums the dict while the writer is still inserting, so its total may be partial.
import threading

counts = {}
reported = 0


def writer():
    for key in range(3):
        counts[key] = 10


def reporter():
    global reported
    reported = sum(counts.values())


def main():
    w = threading.Thread(target=writer)
    r = threading.Thread(target=reporter)
    w.start()
    r.start()
    w.join()
    r.join()
    assert reported == 30, reported


if __name__ == "__main__":
    main()
