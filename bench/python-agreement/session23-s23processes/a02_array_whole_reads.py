from multiprocessing import Array, Process


def fill(arr, start):
    for i in range(len(arr)):
        arr[i] = start - i * 3


if __name__ == "__main__":
    arr = Array("i", 5)
    worker = Process(target=fill, args=(arr, 20))
    worker.start()
    worker.join()
    as_list = list(arr)
    total = sum(arr)
    ordered = sorted(arr)
    largest = max(arr)
    smallest = min(arr)
    walked = 0
    for x in arr:
        walked = walked * 2 + x
    halves = [x // 2 for x in arr]
    print(as_list, total, ordered, largest, smallest, walked, halves)
