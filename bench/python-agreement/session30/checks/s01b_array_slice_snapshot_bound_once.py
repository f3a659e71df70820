from multiprocessing import Array, Process
import time



def writer(arr):
    for i in range(4):
        arr[i] = i + 1


if __name__ == "__main__":
    arr = Array("i", 4)
    p = Process(target=writer, args=(arr,))
    p.start()
    time.sleep(0.003)
    snapshot = arr[:]
    p.join()
    final = arr[:]
    print(snapshot, final)
