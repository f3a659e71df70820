"""Prep, then A and B at the same time: A and B only rely on prep having completed."""
import threading
import time

prepared = 0
done_a = 0
done_b = 0


def prep():
    global prepared
    time.sleep(0.01)  # read the input
    prepared = 1


def do_a():
    global done_a
    assert prepared == 1
    time.sleep(0.02)
    done_a = 1


def do_b():
    global done_b
    assert prepared == 1
    time.sleep(0.03)
    done_b = 1


def main():
    first = threading.Thread(target=prep)
    first.start()
    first.join()
    a = threading.Thread(target=do_a)
    b = threading.Thread(target=do_b)
    a.start()
    b.start()
    a.join()
    b.join()
    print("prep, then A and B:", done_a, done_b)


if __name__ == "__main__":
    main()
