# Two children each set their own slot of a shared Array; the parent reads both 8 ms after starting
# them. Linux CPython 3.11 forks each child in a few milliseconds, so the parent mostly sees both writes
# (weft before session 29 started each process in spawn's 50 ms and listed only [0, 0]).
import multiprocessing as mp
import time


def mark(flags, index):
    flags[index] = 1


if __name__ == "__main__":
    flags = mp.Array("i", 2)
    children = [mp.Process(target=mark, args=(flags, i)) for i in range(2)]
    for child in children:
        child.start()
    time.sleep(0.008)
    early = flags[0] + flags[1]
    for child in children:
        child.join()
    print("seen 8 ms after the starts:", early)
