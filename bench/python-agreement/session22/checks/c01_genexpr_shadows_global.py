import threading

i = 100
total = 0


def worker(n):
    global total
    total = sum(i * i for i in range(n)) + i


t = threading.Thread(target=worker, args=(4,))
t.start()
t.join()
print(total)
