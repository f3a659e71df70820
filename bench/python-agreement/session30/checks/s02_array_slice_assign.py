from multiprocessing import Array, Process

values = []


def writer(arr):
    arr[1:3] = [7, 8]


if __name__ == "__main__":
    arr = Array("i", [1, 2, 3, 4])
    p = Process(target=writer, args=(arr,))
    p.start()
    p.join()
    values = arr[:]
    print(values)
