# A reader lists an Array while another process writes it: list(arr) reads one item at a time, each
# under the Array's lock, so it may see the second write without the first (0, 1).
from multiprocessing import Array, Process


def writer(arr):
    arr[0] = 1
    arr[1] = 1


def reader(arr, seen):
    snapshot = list(arr)
    seen[0] = snapshot[0]
    seen[1] = snapshot[1]


if __name__ == "__main__":
    arr = Array("i", 2)
    seen = Array("i", 2)
    procs = [Process(target=writer, args=(arr,)), Process(target=reader, args=(arr, seen))]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    first = seen[0]
    second = seen[1]
    print(first, second)
