"""SCTBench lastzero: a reader scans for the last zero while writers fill the array."""
import threading

N = 3
array = [0] * (N + 1)
found = -1


def reader():
    global found
    i = N
    while array[i] != 0:
        i -= 1
    found = i


def writer(j):
    array[j] = array[j - 1] + 1


threads = [threading.Thread(target=reader)] + [threading.Thread(target=writer, args=(j,)) for j in range(1, N + 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(found, array)
