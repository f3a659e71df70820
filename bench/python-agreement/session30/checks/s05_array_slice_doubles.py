from multiprocessing import Array, Process

halves = []


def fill(arr):
    for i in range(3):
        arr[i] = i / 2


if __name__ == "__main__":
    arr = Array("d", 3)
    p = Process(target=fill, args=(arr,))
    p.start()
    p.join()
    halves = arr[:]
    print(halves)
