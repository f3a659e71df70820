# A process writes an Array while another process sums it: sum() reads the items one at a time (each
# under the Array's lock), so the sum may take the new arr[1] with the old arr[0] (5 + 0).
from multiprocessing import Array, Process, Value


def writer(arr):
    arr[0] = 0
    arr[1] = 0


def reader(arr, seen):
    seen.value = sum(arr)


if __name__ == "__main__":
    arr = Array("i", [5, 5])
    seen = Value("i", -1)
    procs = [Process(target=writer, args=(arr,)), Process(target=reader, args=(arr, seen))]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    total = seen.value
    print(total)
