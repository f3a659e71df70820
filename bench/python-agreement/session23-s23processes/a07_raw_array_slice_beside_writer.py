# A process copies a RawArray with arr[:] while another process writes arr[0] then arr[1]: ctypes copies
# the slice one item at a time with no lock held, so the copy may hold the new arr[1] with the old arr[0].
from multiprocessing import Process, RawArray


def writer(arr):
    arr[0] = 1
    arr[1] = 1


def reader(arr, seen):
    copy = arr[:]
    seen[0] = copy[0]
    seen[1] = copy[1]


if __name__ == "__main__":
    arr = RawArray("i", 2)
    seen = RawArray("i", 2)
    procs = [Process(target=writer, args=(arr,)), Process(target=reader, args=(arr, seen))]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    first = seen[0]
    second = seen[1]
    print(first, second)
